using System.Text.RegularExpressions;
using Siamese.Lib.Display;

namespace Siamese.Lib.Tests.Display;

public partial class PlotlyHtmlTests
{
    // The header comment of the embedded bundle: one occurrence per copy of plotly.js.
    private const string LibraryMarker = "* plotly.js v";

    private static int Copies(string html) => Regex.Matches(html, Regex.Escape(LibraryMarker)).Count;

    [GeneratedRegex("<script[^>]*\\ssrc\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSource();

    private static Plotly.NET.GenericChart Chart() => Charts.Lines("t", "x", "y", ("a", [0.0, 1], [1.0, 2]));

    [Fact]
    public void TheFirstChartCarriesPlotlyJsOnceAndLaterChartsWaitForIt()
    {
        var html = new PlotlyHtml();
        var first = html.Render(Chart());
        var second = html.Render(Chart());
        Assert.Equal(1, Copies(first));
        Assert.Equal(0, Copies(second));
        Assert.True(html.LibraryWritten);
        foreach (var page in new[] { first, second })
        {
            Assert.DoesNotMatch(ScriptSource(), page);
            Assert.Contains("window.Plotly", page);
        }
        // Without the library, a chart names nothing to fetch: no CDN, no require.js, no URL at all.
        Assert.DoesNotContain("cdn", second, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("require", second, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", second, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TheSetupDisplayAlwaysCarriesTheLibraryAndChartsAfterItDoNot()
    {
        var html = new PlotlyHtml();
        Assert.Equal(1, Copies(html.Library()));
        Assert.Equal(1, Copies(html.Library()));
        Assert.Equal(0, Copies(html.Render(Chart())));
    }

    [Fact]
    public void TheLibraryDefinesWindowPlotlyEvenUnderRequireJs()
    {
        var library = new PlotlyHtml().Library();
        Assert.StartsWith("<script type=\"text/javascript\">(function (module, exports, define) {", library);
        Assert.EndsWith("}).call(window);</script>", library);
        Assert.Single(Regex.Matches(library, "</script", RegexOptions.IgnoreCase));
    }

    [Fact]
    public void EachChartHasItsOwnElementAndTheFigureOfPlotlyNet()
    {
        var a = PlotlyHtml.ChartElement(Chart());
        var b = PlotlyHtml.ChartElement(Chart());
        var id = Regex.Match(a, "<div id=\"(siamese-plot-[0-9a-f]+)\"").Groups[1].Value;
        Assert.NotEmpty(id);
        Assert.DoesNotContain(id, b);
        Assert.Contains("\"displaylogo\":false", a);
        Assert.Contains("\"name\":\"a\"", a);
        Assert.Contains(PlotlyHtml.MissingLibraryMessage, a);
    }
}
