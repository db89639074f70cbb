using System.Diagnostics;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Siamese.Notebooks.Tests;

/// <summary>
/// Every notebook executes top to bottom through the C# kernel in the quick profile (what CI promises), with
/// environment/run_notebooks.py (Jupyter's own nbclient), and writes its results file with its headline key.
/// </summary>
public class ExecutionTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Notebooks()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, key) in Repository.Expected)
        {
            data.Add(name, key);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task RunsInTheQuickProfile(string name, string resultKey)
    {
        var outDir = Directory.CreateTempSubdirectory("siamese-nb-").FullName;
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "environment/run_notebooks.py", "--out", outDir, "--timeout", "900", name })
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["SIAMESE_PROFILE"] = "quick";
        start.Environment["SIAMESE_OUT_DIR"] = outDir;
        start.Environment["OPENBLAS_NUM_THREADS"] = "1";
        using var process = Process.Start(start)!;
        var stderrTask = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        var stderr = await stderrTask;
        await process.WaitForExitAsync();
        output.WriteLine(stdout);
        output.WriteLine(stderr);
        Assert.True(process.ExitCode == 0, $"{name} failed in the quick profile:\n{stdout}\n{stderr}");
        var results = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "results", name + ".json")))!;
        Assert.Equal(name, (string?)results["notebook"]);
        Assert.Equal("quick", (string?)results["profile"]);
        Assert.NotNull(results["metrics"]?[resultKey]);
        Assert.True(File.Exists(Path.Combine(outDir, "html", name + ".html")));
    }
}
