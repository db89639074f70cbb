using Siamese.Lib.Display;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Display;

public class EmbeddingChartsTests
{
    [Fact]
    public void ScatterSeparatesTwoClustersAlongTheFirstComponent()
    {
        manual_seed(5);
        using var noise = randn(40, 6) * 0.1;
        using var offsets = cat([zeros(20, 6), ones(20, 6) * 3]);
        using var embeddings = noise + offsets;
        var labels = Enumerable.Range(0, 40).Select(i => i < 20 ? 0 : 1).ToArray();
        var chart = EmbeddingCharts.Scatter2D(embeddings, labels);
        var data = ChartJson.Data(chart);
        Assert.Equal(2, data.Count);
        var x0 = ChartJson.Numbers(data[0]!["x"]);
        var x1 = ChartJson.Numbers(data[1]!["x"]);
        Assert.Equal(20, x0.Length);
        // The clusters lie 3·√6 apart along PC1 with noise 0.1: their projections cannot overlap.
        Assert.True(x0.Max() < x1.Min() || x1.Max() < x0.Min());
        Assert.StartsWith("PC1 (", ChartJson.Layout(chart)["xaxis"]!["title"]!["text"]!.GetValue<string>());
        using var tensorLabels = tensor(labels.Select(l => (long)l).ToArray());
        Assert.Equal(2, ChartJson.Data(EmbeddingCharts.Scatter2D(embeddings, tensorLabels)).Count);
        Assert.Throws<ArgumentException>(() => EmbeddingCharts.Scatter2D(embeddings, labels.Take(3).ToArray()));
    }
}
