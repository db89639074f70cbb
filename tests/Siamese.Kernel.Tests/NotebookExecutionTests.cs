using System.Text.Json.Nodes;
using Siamese.Kernel.Tests.Infrastructure;

namespace Siamese.Kernel.Tests;

/// <summary>
/// A notebook executed through the kernel by nbconvert (to .ipynb and to HTML, as environment/run.sh does): console
/// text, a registered HTML formatter, a display updated in place, and a package restored with <c>#r "nuget:"</c>.
/// (Charts are the library's: its notebooks are executed and checked in a browser by environment/test.sh.)
/// </summary>
public sealed class NotebookExecutionTests : IDisposable
{
    private static readonly TimeSpan NbconvertTimeout = TimeSpan.FromMinutes(6);
    private readonly string output = TestPaths.NewTempDirectory("nbconvert");

    public void Dispose() => Directory.Delete(output, recursive: true);

    private ProcessResult Nbconvert(string to) => ProcessRunner.Run("jupyter-nbconvert",
        ["--to", to, "--execute", "--ExecutePreprocessor.kernel_name=csharp", "--ExecutePreprocessor.timeout=300",
         "--output-dir", output, TestPaths.Notebook("kernel-smoke.ipynb")],
        NbconvertTimeout, withKernelSpec: true);

    [Fact]
    public void ExecutesToANotebookWithEveryKindOfOutput()
    {
        var result = Nbconvert("notebook");
        Assert.True(result.ExitCode == 0, result.Output);
        var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "kernel-smoke.ipynb")))!;
        var code = notebook["cells"]!.AsArray().Where(c => c!["cell_type"]!.GetValue<string>() == "code").ToList();
        JsonArray Outputs(int i) => code[i]!["outputs"]!.AsArray();

        Assert.Equal("hello from C#\n", Text(Outputs(0).Single()!["text"]!));
        var celsius = Outputs(1).Single()!;
        Assert.Equal("execute_result", celsius["output_type"]!.GetValue<string>());
        Assert.Equal("<b>21.5 °C</b>", Text(celsius["data"]!["text/html"]!));
        // The display was shown once and updated in place: one output, in its final state.
        var progress = Outputs(2).Single()!;
        Assert.Equal("display_data", progress["output_type"]!.GetValue<string>());
        Assert.Equal("step 3 of 3", Text(progress["data"]!["text/plain"]!));
        var table = Outputs(3).Single()!;
        Assert.Contains("LSTM", Text(table["data"]!["text/html"]!));
        Assert.Equal([1, 2, 3, 4], code.Select(c => c!["execution_count"]!.GetValue<int>()));
    }

    [Fact]
    public void HtmlExportCarriesTheRichOutputs()
    {
        var result = Nbconvert("html");
        Assert.True(result.ExitCode == 0, result.Output);
        var page = File.ReadAllText(Path.Combine(output, "kernel-smoke.html"));
        Assert.Contains("<b>21.5 °C</b>", page);
        Assert.Contains("step 3 of 3", page);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(page, "step 3 of 3")); // one output: updated in place
    }

    private static string Text(JsonNode node) =>
        node is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : node.GetValue<string>();
}
