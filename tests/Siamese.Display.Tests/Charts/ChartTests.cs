using System.Text.Json.Nodes;
using Siamese.Display.Charts;
using Siamese.Display.Imaging;
using Siamese.Display.Tests.Imaging;

namespace Siamese.Display.Tests.Charts;

public class ChartTests
{
    private static double[] Numbers(JsonNode? array) => [.. array!.AsArray().Select(n => n is null ? double.NaN : n.GetValue<double>())];

    [Fact]
    public void LineHasOneScatterTracePerSeriesWithAxisTitles()
    {
        var figure = Chart.Line([Series.Of("train", [3.0, 2.0, double.NaN]), new Series("val", [1, 2], [2.5, 2.25])],
                                "loss", "epoch", "loss", logY: true);
        var json = figure.ToJson();
        var data = json["data"]!.AsArray();
        Assert.Equal(2, data.Count);
        Assert.All(data, t => Assert.Equal("scatter", t!["type"]!.GetValue<string>()));
        Assert.Equal("train", data[0]!["name"]!.GetValue<string>());
        Assert.Equal([1, 2, 3], Numbers(data[0]!["x"]));
        Assert.Equal([3, 2, double.NaN], Numbers(data[0]!["y"])); // NaN travels as JSON null (a gap)
        Assert.Null(data[0]!["y"]![2]);
        Assert.Equal([2.5, 2.25], Numbers(data[1]!["y"]));
        Assert.Equal("loss", json["layout"]!["title"]!["text"]!.GetValue<string>());
        Assert.Equal("epoch", json["layout"]!["xaxis"]!["title"]!["text"]!.GetValue<string>());
        Assert.Equal("log", json["layout"]!["yaxis"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void LineRejectsMismatchedSeries() =>
        Assert.Throws<ArgumentException>(() => Chart.Line([new Series("s", [1, 2], [1])]));

    [Fact]
    public void ScatterGroupsPointsByLabelInSortedOrder()
    {
        var figure = Chart.Scatter([0.0, 1, 2, 3, 4], [5.0, 6, 7, 8, 9], [2, 0, 2, 1, 0]);
        var data = figure.ToJson()["data"]!.AsArray();
        Assert.Equal(["0", "1", "2"], data.Select(t => t!["name"]!.GetValue<string>()));
        Assert.All(data, t => Assert.Equal("markers", t!["mode"]!.GetValue<string>()));
        Assert.Equal([1, 4], Numbers(data[0]!["x"]));
        Assert.Equal([6, 9], Numbers(data[0]!["y"]));
        Assert.Equal([3], Numbers(data[1]!["x"]));
        Assert.Equal([0, 2], Numbers(data[2]!["x"]));
    }

    [Fact]
    public void HistogramsOverlayOnSharedBins()
    {
        var figure = Chart.Histogram([new Distribution("similar", [0.0, 0.5, 1.0]), new Distribution("dissimilar", [1.0, 2.0, double.NaN])],
                                     bins: 4, normalize: true);
        var json = figure.ToJson();
        Assert.Equal("overlay", json["layout"]!["barmode"]!.GetValue<string>());
        var data = json["data"]!.AsArray();
        Assert.All(data, t =>
        {
            Assert.Equal("histogram", t!["type"]!.GetValue<string>());
            Assert.Equal(0.0, t["xbins"]!["start"]!.GetValue<double>());
            Assert.Equal(0.5, t["xbins"]!["size"]!.GetValue<double>());
            Assert.Equal("probability density", t["histnorm"]!.GetValue<string>());
            Assert.InRange(t["opacity"]!.GetValue<double>(), 0.1, 0.9);
        });
        Assert.Equal([1.0, 2.0], Numbers(data[1]!["x"])); // non-finite values dropped
    }

    [Fact]
    public void BarsAreGroupedByCategory()
    {
        var figure = Chart.Bar(["CNN", "LSTM"], [new BarGroup("accuracy", [0.9, 0.8]), new BarGroup("AUC", [0.95, 0.85])], "models");
        var json = figure.ToJson();
        Assert.Equal("group", json["layout"]!["barmode"]!.GetValue<string>());
        var data = json["data"]!.AsArray();
        Assert.Equal(["accuracy", "AUC"], data.Select(t => t!["name"]!.GetValue<string>()));
        Assert.Equal(["CNN", "LSTM"], data[0]!["x"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal([0.95, 0.85], Numbers(data[1]!["y"]));
        Assert.Throws<ArgumentException>(() => Chart.Bar(["a"], [new BarGroup("g", [1, 2])]));
    }

    [Fact]
    public void HeatmapKeepsRowsAndLabels()
    {
        var figure = Chart.Heatmap(new double[,] { { 1, 0.5 }, { 0.25, 1 } }, ["a", "b"], ["c", "d"], colorscale: "Blues");
        var trace = figure.ToJson()["data"]![0]!;
        Assert.Equal("heatmap", trace["type"]!.GetValue<string>());
        Assert.Equal([1, 0.5], Numbers(trace["z"]![0]));
        Assert.Equal([0.25, 1], Numbers(trace["z"]![1]));
        Assert.Equal("Blues", trace["colorscale"]!.GetValue<string>());
        Assert.Equal(["c", "d"], trace["y"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal("reversed", figure.Layout["yaxis"]!["autorange"]!.GetValue<string>());

        var fromValues = Chart.Heatmap([1f, 2f, 3f, 4f, 5f, 6f], 2, 3).ToJson()["data"]![0]!;
        Assert.Equal([4, 5, 6], Numbers(fromValues["z"]![1]));
        Assert.Throws<ArgumentException>(() => Chart.Heatmap([1f, 2f], 2, 3));
    }

    [Fact]
    public void ImagePairsBecomeImageTracesWithPngSourcesAndCaptions()
    {
        var a = new RasterImage(new byte[] { 0, 255, 255, 0 }, 2, 2);
        var b = new RasterImage(new byte[] { 9, 9, 9, 9, 9, 9 }, 1, 2, 3);
        var figure = Chart.ImagePairs([new ImagePair(a, b, "same"), new ImagePair(b, a, "different"), new ImagePair(a, a, "third")], columns: 2);
        var json = figure.ToJson();
        var data = json["data"]!.AsArray();
        Assert.Equal(6, data.Count);
        Assert.All(data, t => Assert.Equal("image", t!["type"]!.GetValue<string>()));
        Assert.Equal(6, data.Select(t => t!["xaxis"]!.GetValue<string>()).Distinct().Count());

        var source = data[0]!["source"]!.GetValue<string>();
        Assert.StartsWith("data:image/png;base64,", source);
        var png = Convert.FromBase64String(source["data:image/png;base64,".Length..]);
        Assert.Equal(a.Pixels.ToArray(), PngReader.Pixels(png, 2, 2, 1));

        var annotations = json["layout"]!["annotations"]!.AsArray();
        Assert.Equal(["same", "different", "third"], annotations.Select(n => n!["text"]!.GetValue<string>()));
        foreach (var (key, axis) in figure.Layout.Where(p => p.Key.StartsWith("xaxis", StringComparison.Ordinal) || p.Key.StartsWith("yaxis", StringComparison.Ordinal)))
        {
            var domain = Numbers(axis!["domain"]);
            Assert.True(0 <= domain[0] && domain[0] < domain[1] && domain[1] <= 1, $"{key} domain {domain[0]}..{domain[1]}");
        }
        Assert.Equal(2 * Chart.PairRowHeight, figure.Height); // two rows of two columns
    }
}
