using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Siamese.Notebooks.Tests;

/// <summary>
/// Every notebook executes top to bottom in the quick profile through both kernels (the suite's csharp kernel and
/// .NET Interactive), with environment/run_notebooks.py (Jupyter's own nbclient): it writes its results file with
/// its headline key and its HTML, and no output is an error or references a CDN.
/// </summary>
public class ExecutionTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, string> KernelsAndNotebooks()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var kernel in NotebookKernel.All)
        {
            foreach (var (name, key) in Repository.Expected)
            {
                data.Add(kernel.Choice, name, key);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(KernelsAndNotebooks))]
    public async Task RunsInTheQuickProfile(string kernel, string name, string resultKey)
    {
        var run = await NotebookRun.ExecuteAsync(name, NotebookKernel.Named(kernel));
        output.WriteLine(run.Log);
        Assert.True(run.ExitCode == 0, $"{name} failed in the quick profile through {kernel}:\n{run.Log}");
        var results = JsonNode.Parse(File.ReadAllText(run.ResultsFile))!;
        Assert.Equal(name, (string?)results["notebook"]);
        Assert.Equal("quick", (string?)results["profile"]);
        Assert.NotNull(results["metrics"]?[resultKey]);
        Assert.True(File.Exists(run.Html), $"{run.Html} missing");
        var executed = run.LoadExecuted();
        Assert.Empty(NotebookOutputs.Errors(executed));
        Assert.Empty(NotebookOutputs.CdnReferences(executed));
    }
}
