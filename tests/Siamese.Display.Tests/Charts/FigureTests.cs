using System.Text.Json.Nodes;
using Siamese.Display.Charts;

namespace Siamese.Display.Tests.Charts;

public sealed class FigureTests : IDisposable
{
    private readonly string fakePlotly = Path.Combine(Path.GetTempPath(), $"fake-plotly-{Guid.NewGuid():N}.js");

    public FigureTests() => File.WriteAllText(fakePlotly, "window.Plotly = { newPlot: function () {} }; // </script> inside");

    public void Dispose() => File.Delete(fakePlotly);

    private static Figure Sample() => Chart.Line([Series.Of("loss", [1.0, 0.5])], "</script><b>title</b>");

    [Fact]
    public void BundleHasPlotlyJsonHtmlAndText()
    {
        var bundle = Formatter.Format(Sample(), new FormatContext(PlotlyEmbedding.External));
        Assert.Equal([MimeTypes.Plotly, MimeTypes.Html, MimeTypes.PlainText], bundle.MimeTypes);
        var plotly = bundle[MimeTypes.Plotly];
        Assert.Equal("scatter", plotly["data"]![0]!["type"]!.GetValue<string>());
        Assert.NotNull(plotly["layout"]);
        Assert.Equal("Figure \"</script><b>title</b>\": 1 trace(s) (scatter)", bundle.GetText(MimeTypes.PlainText));
    }

    [Fact]
    public void HtmlDrawsWithPlotlyAndCannotBreakOutOfItsScript()
    {
        var html = Sample().ToHtml(new FormatContext(PlotlyEmbedding.External));
        Assert.Contains("Plotly.newPlot", html);
        Assert.Contains("class=\"siamese-plotly\"", html);
        Assert.DoesNotContain("</script><b>", html); // the title is JSON-escaped inside the script
        Assert.Equal(1, CountOf(html, "</script>"));
    }

    [Fact]
    public void InlineOnceEmbedsTheLibraryInTheFirstChartOnly()
    {
        var context = new FormatContext(PlotlyEmbedding.InlineOnce, fakePlotly);
        var first = Sample().ToHtml(context);
        var second = Sample().ToHtml(context);
        Assert.Contains("window.Plotly = { newPlot", first);
        Assert.Contains("<\\/script> inside", first); // the library cannot close its own script element
        Assert.DoesNotContain("window.Plotly = { newPlot", second);
        Assert.Contains("Plotly.newPlot", second);
    }

    [Fact]
    public void InlineAlwaysEmbedsEveryTime()
    {
        var context = new FormatContext(PlotlyEmbedding.InlineAlways, fakePlotly);
        Assert.Contains("window.Plotly = {", Sample().ToHtml(context));
        Assert.Contains("window.Plotly = {", Sample().ToHtml(context));
    }

    [Fact]
    public void MissingLibraryFallsBackToTheCdn()
    {
        var html = Sample().ToHtml(new FormatContext(PlotlyEmbedding.InlineOnce, "/nonexistent/plotly.min.js"));
        Assert.Contains(PlotlyScript.CdnUrl, html);
    }

    [Fact]
    public void TitleAndHeightLiveInTheLayout()
    {
        var figure = new Figure("t") { Height = 300 };
        figure.AddTrace(new JsonObject { ["type"] = "bar" });
        Assert.Equal("t", figure.Layout["title"]!["text"]!.GetValue<string>());
        Assert.Equal(300, figure.ToJson()["layout"]!["height"]!.GetValue<int>());
        Assert.Contains("height:300px", figure.ToHtml(new FormatContext(PlotlyEmbedding.External)));
        figure.Title = null;
        Assert.Null(figure.Title);
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
