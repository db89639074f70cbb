using System.Text.Json.Nodes;
using Siamese.Lib.Data;
using Siamese.Lib.Display;
using Siamese.Lib.Training;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Display;

public class ChartsTests
{
    private static TrainingHistory History(double[] train, double[]? validation)
    {
        var history = new TrainingHistory();
        for (var i = 0; i < train.Length; i++)
        {
            history.Add(new EpochRecord(i + 1, train[i], validation?[i], new Dictionary<string, double> { ["accuracy"] = 0.5 + i / 10.0 }, 1e-3 / (i + 1), 1));
        }
        return history;
    }

    private static double[] Numbers(JsonNode? array) => array!.AsArray().Select(v => v!.GetValue<double>()).ToArray();

    [Fact]
    public void LossChartHasTrainAndValidationSeriesPerRun()
    {
        var figure = TrainingCharts.Loss([("adam", History([3, 2, 1], [3.5, 2.5, 2])), ("sgd", History([4, 3], null))]);
        var names = figure.Data.Select(t => t!["name"]!.GetValue<string>()).ToArray();
        Assert.Equal(["adam train", "adam validation", "sgd train"], names);
        Assert.Equal([1.0, 2, 3], Numbers(figure.Data[1]!["x"]));
        Assert.Equal([3.5, 2.5, 2], Numbers(figure.Data[1]!["y"]));
        Assert.Equal([4.0, 3], Numbers(figure.Data[2]!["y"]));
        Assert.Equal("epoch", figure.Layout["xaxis"]!["title"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void SingleRunIsUnprefixedAndMetricAndLearningRateChartsReadTheHistory()
    {
        var history = History([1, 0.5], [1.2, 0.9]);
        var loss = TrainingCharts.Loss(history);
        Assert.Equal(["train", "validation"], loss.Data.Select(t => t!["name"]!.GetValue<string>()));
        var metric = TrainingCharts.Metric([("run", history)], "accuracy");
        Assert.Equal([0.5, 0.6], Numbers(metric.Data[0]!["y"]), new Close());
        var lr = TrainingCharts.LearningRate([("run", history)]);
        Assert.Equal([1e-3, 5e-4], Numbers(lr.Data[0]!["y"]), new Close());
        Assert.Equal("log", lr.Layout["yaxis"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void DistanceHistogramSplitsBySimilarityAndMarksTheThreshold()
    {
        var figure = DistanceCharts.Histogram([0.1, 0.2, 1.5, 1.7, 0.3], [true, true, false, false, true], threshold: 0.9);
        Assert.Equal(2, figure.Data.Count);
        Assert.Equal(DistanceCharts.SimilarName, figure.Data[0]!["name"]!.GetValue<string>());
        Assert.Equal([0.1, 0.2, 0.3], Numbers(figure.Data[0]!["x"]));
        Assert.Equal([1.5, 1.7], Numbers(figure.Data[1]!["x"]));
        Assert.Equal(0.9, figure.Layout["shapes"]![0]!["x0"]!.GetValue<double>());
        Assert.Throws<ArgumentException>(() => DistanceCharts.Histogram([1.0, 2.0], [true]));
    }

    [Theory]
    [InlineData(PairLabelConvention.SimilarIsZero, 0f)]
    [InlineData(PairLabelConvention.SimilarIsOne, 1f)]
    public void DistanceHistogramFromTensorsFollowsTheLabelConvention(PairLabelConvention convention, float similarLabel)
    {
        var other = 1 - similarLabel;
        using var distances = tensor(new float[] { 0.25f, 2f, 0.5f });
        using var labels = tensor(new float[] { similarLabel, other, similarLabel });
        var figure = DistanceCharts.Histogram(distances, labels, convention);
        Assert.Equal([0.25, 0.5], Numbers(figure.Data[0]!["x"]));
        Assert.Equal([2.0], Numbers(figure.Data[1]!["x"]));
    }

    [Fact]
    public void PairGridFromDatasetShowsTwoImagesAndACaptionPerPair()
    {
        var pixels = Enumerable.Range(0, 3 * 4 * 5).Select(i => (byte)(i * 4)).ToArray();
        var dataset = new ImageDataset("tiny", 5, 4, pixels, [0, 0, 1], ["a", "b"]);
        var figure = PairGrid.Of(dataset, [new ImagePair(0, 1, true), new ImagePair(0, 2, false)], columns: 2);
        Assert.Equal(4, figure.Data.Count(t => t!["type"]!.GetValue<string>() == "image"));
        var captions = figure.Layout["annotations"]!.AsArray().Select(a => a!["text"]!.GetValue<string>()).ToArray();
        Assert.Equal(["same", "different"], captions);
        var image = PairGrid.Image(dataset, 2);
        Assert.Equal((5, 4), (image.Width, image.Height));
        Assert.Equal(pixels.Skip(40).Take(20).ToArray(), image.Pixels.ToArray());
        Assert.Throws<ArgumentException>(() => PairGrid.Of(dataset, [new ImagePair(0, 1, true)], []));
    }

    [Fact]
    public void PairGridFromTensorsMapsUnitRangeToGrayLevels()
    {
        using var left = zeros(3, 1, 2, 2);
        using var right = ones(3, 1, 2, 2) * 0.5;
        var figure = PairGrid.Of(left, right, ["d=0.10", "d=0.20"]);
        Assert.Equal(4, figure.Data.Count);
        var images = PairGrid.Images(right, 1);
        Assert.All(images[0].Pixels.ToArray(), b => Assert.Equal(128, b));
        using var wrongShape = ones(3, 1, 2, 3);
        Assert.Throws<ArgumentException>(() => PairGrid.Of(left, wrongShape, ["x"]));
        Assert.Throws<ArgumentOutOfRangeException>(() => PairGrid.Of(left, right, ["a", "b", "c", "d"]));
    }

    [Fact]
    public void EmbeddingScatterSeparatesTwoClustersAlongTheFirstComponent()
    {
        manual_seed(5);
        using var noise = randn(40, 6) * 0.1;
        using var offsets = cat([zeros(20, 6), ones(20, 6) * 3]);
        using var embeddings = noise + offsets;
        var labels = Enumerable.Range(0, 40).Select(i => i < 20 ? 0 : 1).ToArray();
        var figure = EmbeddingCharts.Scatter2D(embeddings, labels);
        Assert.Equal(2, figure.Data.Count);
        var x0 = Numbers(figure.Data[0]!["x"]);
        var x1 = Numbers(figure.Data[1]!["x"]);
        Assert.Equal(20, x0.Length);
        // The clusters lie 3·√6 apart along PC1 with noise 0.1: their projections cannot overlap.
        Assert.True(x0.Max() < x1.Min() || x1.Max() < x0.Min());
        Assert.StartsWith("PC1 (", figure.Layout["xaxis"]!["title"]!["text"]!.GetValue<string>());
        using var tensorLabels = tensor(labels.Select(l => (long)l).ToArray());
        Assert.Equal(2, EmbeddingCharts.Scatter2D(embeddings, tensorLabels).Data.Count);
        Assert.Throws<ArgumentException>(() => EmbeddingCharts.Scatter2D(embeddings, labels.Take(3).ToArray()));
    }

    private sealed class Close : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-12;

        public int GetHashCode(double obj) => 0;
    }
}
