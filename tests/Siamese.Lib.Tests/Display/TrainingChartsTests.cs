using Siamese.Lib.Display;
using Siamese.Lib.Training;

namespace Siamese.Lib.Tests.Display;

public class TrainingChartsTests
{
    internal static TrainingHistory History(double[] train, double[]? validation)
    {
        var history = new TrainingHistory();
        for (var i = 0; i < train.Length; i++)
        {
            history.Add(new EpochRecord(i + 1, train[i], validation?[i], new Dictionary<string, double> { ["accuracy"] = 0.5 + i / 10.0 }, 1e-3 / (i + 1), 1));
        }
        return history;
    }

    [Fact]
    public void LossChartHasTrainAndValidationSeriesPerRun()
    {
        var chart = TrainingCharts.Loss([("adam", History([3, 2, 1], [3.5, 2.5, 2])), ("sgd", History([4, 3], null))]);
        Assert.Equal(["adam train", "adam validation", "sgd train"], ChartJson.Names(chart));
        var data = ChartJson.Data(chart);
        Assert.Equal([1.0, 2, 3], ChartJson.Numbers(data[1]!["x"]));
        Assert.Equal([3.5, 2.5, 2], ChartJson.Numbers(data[1]!["y"]));
        Assert.Equal([4.0, 3], ChartJson.Numbers(data[2]!["y"]));
        var layout = ChartJson.Layout(chart);
        Assert.Equal("epoch", layout["xaxis"]!["title"]!["text"]!.GetValue<string>());
        Assert.Equal("Loss per epoch", layout["title"]!["text"]!.GetValue<string>());
        Assert.True(layout["xaxis"]!["automargin"]!.GetValue<bool>());
        Assert.InRange(layout["width"]!.GetValue<int>(), 700, 900);
    }

    [Fact]
    public void SingleRunIsUnprefixedAndMetricAndLearningRateChartsReadTheHistory()
    {
        var history = History([1, 0.5], [1.2, 0.9]);
        Assert.Equal(["train", "validation"], ChartJson.Names(TrainingCharts.Loss(history)));
        var metric = TrainingCharts.Metric([("run", history)], "accuracy", "Accuracy", yRange: (0.5, 1));
        Assert.Equal([0.5, 0.6], ChartJson.Numbers(ChartJson.Data(metric)[0]!["y"]), new Close());
        Assert.Equal([0.5, 1.0], ChartJson.Numbers(ChartJson.Layout(metric)["yaxis"]!["range"]));
        var lr = TrainingCharts.LearningRate([("run", history)]);
        Assert.Equal([1e-3, 5e-4], ChartJson.Numbers(ChartJson.Data(lr)[0]!["y"]), new Close());
        Assert.Equal("log", ChartJson.Layout(lr)["yaxis"]!["type"]!.GetValue<string>());
    }

    private sealed class Close : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-12;

        public int GetHashCode(double obj) => 0;
    }
}
