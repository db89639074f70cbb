using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Siamese.Notebooks.Tests;

/// <summary>One run of environment/run_notebooks.py (Jupyter's own nbclient) on one notebook in the quick profile.</summary>
public sealed class NotebookRun
{
    /// <summary>Seconds one cell may take before nbclient gives up on it.</summary>
    private const int CellTimeoutSeconds = 900;

    private NotebookRun(string name, NotebookKernel kernel, string outDir, int exitCode, string log)
    {
        (Name, Kernel, OutDir, ExitCode, Log) = (name, kernel, outDir, exitCode, log);
    }

    public string Name { get; }
    public NotebookKernel Kernel { get; }
    /// <summary>The kernel's own output folder (notebooks/, html/, results/).</summary>
    public string OutDir { get; }
    public int ExitCode { get; }
    /// <summary>What run_notebooks.py printed, stdout then stderr.</summary>
    public string Log { get; }

    public string ExecutedNotebook => Path.Combine(OutDir, "notebooks", Name + ".ipynb");
    public string Html => Path.Combine(OutDir, "html", Name + ".html");
    public string ResultsFile => Path.Combine(OutDir, "results", Name + ".json");

    public JsonObject LoadExecuted() => JsonNode.Parse(File.ReadAllText(ExecutedNotebook))!.AsObject();

    /// <summary>Executes notebooks/NAME.ipynb through the kernel into a fresh temporary folder.</summary>
    public static async Task<NotebookRun> ExecuteAsync(string name, NotebookKernel kernel)
    {
        kernel.AssertInstalled();
        var outRoot = Directory.CreateTempSubdirectory("siamese-nb-").FullName;
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] arguments = ["environment/run_notebooks.py", "--kernel", kernel.Choice, "--out", outRoot,
            "--timeout", CellTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), name];
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["SIAMESE_PROFILE"] = "quick";
        start.Environment["OPENBLAS_NUM_THREADS"] = "1";
        using var process = Process.Start(start)!;
        var stderrTask = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        var stderr = await stderrTask;
        await process.WaitForExitAsync();
        return new NotebookRun(name, kernel, kernel.OutDir(outRoot), process.ExitCode, stdout + "\n" + stderr);
    }
}
