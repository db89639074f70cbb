using Siamese.Lib.Display;

namespace Siamese.Lib.Tests.Display;

public class ChartsTests
{
    [Fact]
    public void LinesKeepTheSeriesAndRejectMismatchedLengths()
    {
        var chart = Charts.Lines("Loss", "distance", "loss", ("a", [0.0, 1, 2], [1.0, 0.5, 0]), ("b", [0.0, 1], [2.0, 3]));
        Assert.Equal(["a", "b"], ChartJson.Names(chart));
        Assert.Equal([2.0, 3], ChartJson.Numbers(ChartJson.Data(chart)[1]!["y"]));
        Assert.Equal("loss", ChartJson.Layout(chart)["yaxis"]!["title"]!["text"]!.GetValue<string>());
        Assert.Throws<ArgumentException>(() => Charts.Lines("t", "x", "y", ("bad", [0.0, 1], [1.0])));
    }

    [Fact]
    public void BarsAreGroupedWithErrorBarsAndRoomForLongCategories()
    {
        string[] categories = ["baseline", "+ ReduceLROnPlateau and early stopping"];
        var chart = Charts.Bars("Ablation", "accuracy", categories,
            [("validation", [0.8, 0.85], null), ("test", [0.78, 0.83], [0.01, 0.02])], yRange: (0.5, 1));
        var data = ChartJson.Data(chart);
        Assert.Equal(["validation", "test"], ChartJson.Names(chart));
        Assert.Equal(categories, data[0]!["x"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Null(data[0]!["error_y"]);
        Assert.Equal([0.01, 0.02], ChartJson.Numbers(data[1]!["error_y"]!["array"]));
        var layout = ChartJson.Layout(chart);
        Assert.Equal("group", layout["barmode"]!.GetValue<string>());
        Assert.True(layout["xaxis"]!["automargin"]!.GetValue<bool>());
        Assert.Equal([0.5, 1.0], ChartJson.Numbers(layout["yaxis"]!["range"]));
        Assert.Throws<ArgumentException>(() => Charts.Bars("t", "y", categories, [("short", [1.0], null)]));
    }

    [Fact]
    public void ScatterGroupsPointsByLabelAndDrawsTheDiagonalOverTheirRange()
    {
        var chart = Charts.Scatter("Predicted vs human", "human", "predicted", [1.0, 2, 3, 5], [1.5, 2, 2.5, 4],
                                   ["A", "B", "A", "B"], diagonal: true);
        Assert.Equal(["A", "B", Charts.DiagonalName], ChartJson.Names(chart));
        var data = ChartJson.Data(chart);
        Assert.Equal([1.0, 3], ChartJson.Numbers(data[0]!["x"]));
        Assert.Equal([2.0, 4], ChartJson.Numbers(data[1]!["y"]));
        Assert.Equal([1.0, 5], ChartJson.Numbers(data[2]!["x"]));
        Assert.Single(ChartJson.Data(Charts.Scatter("t", "x", "y", [1.0, 2], [3.0, 4])));
        Assert.Throws<ArgumentException>(() => Charts.Scatter("t", "x", "y", [1.0], [1.0, 2]));
    }
}
