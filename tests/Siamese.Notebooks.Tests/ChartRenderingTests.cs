using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Siamese.Notebooks.Tests;

/// <summary>
/// One executed notebook, exported to HTML by run_notebooks.py (nbconvert), opened in headless Chromium with no
/// network: every Plotly chart output is drawn (plotly.js adds an &lt;svg class="main-svg"&gt; per drawn chart).
/// </summary>
public partial class ChartRenderingTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    private const string ChartNotebook = "01-siamese-architecture";
    /// <summary>Virtual milliseconds Chromium gives the page's scripts before it dumps the DOM.</summary>
    private const int ScriptBudgetMs = 30_000;
    private static readonly TimeSpan ChromiumTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task ChartsOfAnExecutedNotebookRenderOfflineInHeadlessChromium()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} missing: run environment/setup.sh (it installs chromium)");
        var run = await NotebookRun.ExecuteAsync(ChartNotebook, NotebookKernel.CSharp);
        Assert.True(run.ExitCode == 0, run.Log);
        var charts = NotebookOutputs.ChartCount(run.LoadExecuted());
        Assert.True(charts > 0, $"{ChartNotebook} has no chart output");
        var dom = await DumpDomAsync(run.Html);
        var drawn = MainSvg().Count(dom);
        output.WriteLine($"{charts} chart outputs, {drawn} main-svg elements");
        Assert.True(drawn >= charts, $"{drawn} drawn Plotly charts (class=\"main-svg\") for {charts} chart outputs in {run.Html}");
    }

    private static async Task<string> DumpDomAsync(string html)
    {
        var start = new ProcessStartInfo(Chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] arguments = ["--headless", "--disable-gpu", "--no-sandbox", "--dump-dom",
            $"--virtual-time-budget={ScriptBudgetMs}", "--user-data-dir=" + Directory.CreateTempSubdirectory("chromium-").FullName,
            new Uri(html).AbsoluteUri];
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var stderrTask = process.StandardError.ReadToEndAsync();
        var dom = await process.StandardOutput.ReadToEndAsync().WaitAsync(ChromiumTimeout);
        await process.WaitForExitAsync().WaitAsync(ChromiumTimeout);
        Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}: {await stderrTask}");
        return dom;
    }

    [GeneratedRegex(@"class=""main-svg""")]
    private static partial Regex MainSvg();
}
