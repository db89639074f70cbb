using Siamese.Lib.Data;
using Siamese.Lib.Display;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Display;

public class DistanceChartsTests
{
    [Fact]
    public void HistogramSplitsBySimilarityOnSharedBinsAndMarksTheThreshold()
    {
        var chart = DistanceCharts.Histogram([0.1, 0.2, 1.5, 1.7, 0.3], [true, true, false, false, true], threshold: 0.9);
        var data = ChartJson.Data(chart);
        Assert.Equal([DistanceCharts.SimilarName, DistanceCharts.DissimilarName], ChartJson.Names(chart));
        Assert.Equal([0.1, 0.2, 0.3], ChartJson.Numbers(data[0]!["x"]));
        Assert.Equal([1.5, 1.7], ChartJson.Numbers(data[1]!["x"]));
        Assert.Equal(data[0]!["xbins"]!.ToJsonString(), data[1]!["xbins"]!.ToJsonString());
        var layout = ChartJson.Layout(chart);
        Assert.Equal(0.9, layout["shapes"]![0]!["x0"]!.GetValue<double>());
        Assert.Equal("overlay", layout["barmode"]!.GetValue<string>());
        Assert.Throws<ArgumentException>(() => DistanceCharts.Histogram([1.0, 2.0], [true]));
    }

    [Theory]
    [InlineData(PairLabelConvention.SimilarIsZero, 0f)]
    [InlineData(PairLabelConvention.SimilarIsOne, 1f)]
    public void HistogramFromTensorsFollowsTheLabelConvention(PairLabelConvention convention, float similarLabel)
    {
        var other = 1 - similarLabel;
        using var distances = tensor(new float[] { 0.25f, 2f, 0.5f });
        using var labels = tensor(new float[] { similarLabel, other, similarLabel });
        var data = ChartJson.Data(DistanceCharts.Histogram(distances, labels, convention));
        Assert.Equal([0.25, 0.5], ChartJson.Numbers(data[0]!["x"]));
        Assert.Equal([2.0], ChartJson.Numbers(data[1]!["x"]));
    }

    [Fact]
    public void RocNamesEachCurveWithItsAucWhereLowerDistanceMeansSame()
    {
        // Perfect: every same pair is closer than every different pair; inverted: the opposite (AUC 0).
        var chart = DistanceCharts.Roc([
            ("perfect", [0.1, 0.2, 0.8, 0.9], [true, true, false, false]),
            ("inverted", [0.9, 0.8, 0.2, 0.1], [true, true, false, false]),
        ], "ROC");
        Assert.Equal(["perfect (AUC 1.000)", "inverted (AUC 0.000)", DistanceCharts.ChanceName], ChartJson.Names(chart));
        var perfect = ChartJson.Data(chart)[0]!;
        Assert.Equal(0.0, ChartJson.Numbers(perfect["x"])[1]);
        Assert.Equal(0.5, ChartJson.Numbers(perfect["y"])[1]);
        Assert.Equal([0.0, 1.0], ChartJson.Numbers(ChartJson.Layout(chart)["xaxis"]!["range"]));
    }
}
