using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Siamese.Kernel.Tests.Infrastructure;

namespace Siamese.Kernel.Tests;

/// <summary>
/// A notebook executed through the kernel by nbconvert (to .ipynb and to HTML, as environment/run.sh does), and the
/// HTML export opened in headless Chromium: the Plotly charts must render offline.
/// </summary>
public sealed partial class NotebookExecutionTests : IDisposable
{
    private static readonly TimeSpan NbconvertTimeout = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan BrowserTimeout = TimeSpan.FromMinutes(2);
    private readonly string output = TestPaths.NewTempDirectory("nbconvert");

    public void Dispose() => Directory.Delete(output, recursive: true);

    private ProcessResult Nbconvert(string to, string? template = null) => ProcessRunner.Run("jupyter-nbconvert",
        [.. template is null ? Array.Empty<string>() : ["--template", template], "--to", to, "--execute", "--ExecutePreprocessor.kernel_name=csharp", "--ExecutePreprocessor.timeout=300",
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
        Assert.Equal("execute_result", Outputs(1).Single()!["output_type"]!.GetValue<string>());
        Assert.NotNull(Outputs(1).Single()!["data"]!["application/vnd.plotly.v1+json"]);
        Assert.NotNull(Outputs(2).Single()!["data"]!["text/html"]);
        // The progress display was shown once and updated in place: one output, in its final state.
        var progress = Outputs(3).Single()!;
        Assert.Equal("display_data", progress["output_type"]!.GetValue<string>());
        Assert.Contains("done in", Text(progress["data"]!["text/plain"]!));
        Assert.NotNull(Outputs(4).Single()!["data"]!["application/vnd.plotly.v1+json"]);
        Assert.Equal([1, 2, 3, 4, 5], code.Select(c => c!["execution_count"]!.GetValue<int>()));
    }

    [Theory]
    [InlineData("lab")]
    [InlineData("classic")] // loads require.js, like the classic Notebook: the embedded library must still define window.Plotly
    public void HtmlExportRendersThePlotlyChartsOfflineInChromium(string template)
    {
        var result = Nbconvert("html", template);
        Assert.True(result.ExitCode == 0, result.Output);
        var html = Path.Combine(output, "kernel-smoke.html");
        var page = File.ReadAllText(html);
        Assert.Equal(1, Regex.Count(page, @"window\.Plotly\s*=\s*Plotly")); // the library is embedded exactly once
        Assert.DoesNotContain(Siamese.Display.PlotlyScript.CdnUrl, page); // offline: no CDN fallback was needed

        var profile = TestPaths.NewTempDirectory("chromium");
        try
        {
            var dom = ProcessRunner.Run("chromium",
                ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
                 "--disable-dev-shm-usage", $"--user-data-dir={profile}", "--virtual-time-budget=20000",
                 "--dump-dom", new Uri(html).AbsoluteUri],
                BrowserTimeout);
            Assert.True(dom.ExitCode == 0, dom.Output);
            // Plotly draws each chart as an <svg class="main-svg">: both charts of the notebook rendered.
            var charts = MainSvg().Matches(dom.Output).Count;
            Assert.True(charts >= 2, $"expected two rendered Plotly charts, found {charts} main-svg elements");
            Assert.Contains("loss curve", dom.Output);
            Assert.DoesNotContain(">Plotly.js is not loaded", dom.Output); // the fallback text, set only when drawing failed
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    private static string Text(JsonNode node) =>
        node is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : node.GetValue<string>();

    [GeneratedRegex("<svg[^>]*class=\"main-svg\"")]
    private static partial Regex MainSvg();
}
