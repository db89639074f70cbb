using System.Text.Json.Nodes;

namespace Siamese.Notebooks.Tests;

/// <summary>The output rules the execution tests rely on, on small notebooks written here (no kernel needed).</summary>
public class NotebookOutputsTests
{
    private static JsonObject NotebookWith(params JsonObject[] outputs) => new()
    {
        ["cells"] = new JsonArray(
            new JsonObject { ["cell_type"] = "markdown", ["source"] = "# t" },
            new JsonObject { ["cell_type"] = "code", ["source"] = "x", ["outputs"] = new JsonArray(outputs) }),
    };

    private static JsonObject Html(string html) => new()
    {
        ["output_type"] = "display_data",
        ["data"] = new JsonObject { ["text/html"] = new JsonArray(html) },
    };

    [Theory]
    [InlineData("<script src=\"https://cdn.plot.ly/plotly-2.28.0.min.js\"></script>")]
    [InlineData("<script src='//cdnjs.cloudflare.com/ajax/libs/require.js/2.3.6/require.min.js'></script>")]
    [InlineData("<script>var r = requirejs.config({paths: {plotly: 'x'}});</script>")]
    [InlineData("<script>import('https://example.org/lib/plotly.js')</script>")]
    public void FindsCdnReferences(string html) =>
        Assert.NotEmpty(NotebookOutputs.CdnReferences(NotebookWith(Html(html))));

    [Fact]
    public void InlinePlotlyJsWithItsTopojsonDefaultIsNotACdnReference()
    {
        var html = "<script type=\"text/javascript\">/**\n* plotly.js v2.28.0\n*/ var c={topojsonURL:\"https://cdn.plot.ly/\"};"
            + "</script><div id=\"a\"></div><script>Plotly.newPlot('a', [], {});</script>";
        var notebook = NotebookWith(Html(html));
        Assert.Empty(NotebookOutputs.CdnReferences(notebook));
        Assert.Equal(1, NotebookOutputs.ChartCount(notebook));
    }

    [Fact]
    public void CountsErrorOutputsAndPlotlyMimeCharts()
    {
        var error = new JsonObject { ["output_type"] = "error", ["ename"] = "Boom", ["evalue"] = "bad" };
        var chart = new JsonObject
        {
            ["output_type"] = "display_data",
            ["data"] = new JsonObject { ["application/vnd.plotly.v1+json"] = new JsonObject { ["data"] = new JsonArray() } },
        };
        var notebook = NotebookWith(error, chart, Html("<b>no chart</b>"));
        Assert.Equal(["cell 1: Boom: bad"], NotebookOutputs.Errors(notebook));
        Assert.Equal(1, NotebookOutputs.ChartCount(notebook));
    }
}
