using Microsoft.Data.Analysis;
using Siamese.Lib.Display;

namespace Siamese.Lib.Tests.Display;

public class TablesTests
{
    private enum Kind
    {
        Cnn,
    }

    [Fact]
    public void OneColumnPerPropertyOfTheMatchingType()
    {
        var frame = Tables.From(new[]
        {
            new { Name = "a", Accuracy = 0.5, Loss = 1.5f, Epochs = 3, Parameters = 10L, Augmented = true, Auc = (double?)0.9, Kind = Kind.Cnn },
            new { Name = "b", Accuracy = 0.75, Loss = 0.5f, Epochs = 4, Parameters = 20L, Augmented = false, Auc = (double?)null, Kind = Kind.Cnn },
        });
        Assert.Equal(["Name", "Accuracy", "Loss", "Epochs", "Parameters", "Augmented", "Auc", "Kind"], frame.Columns.Select(c => c.Name));
        Assert.IsType<StringDataFrameColumn>(frame.Columns["Name"]);
        Assert.IsType<DoubleDataFrameColumn>(frame.Columns["Accuracy"]);
        Assert.IsType<SingleDataFrameColumn>(frame.Columns["Loss"]);
        Assert.IsType<Int32DataFrameColumn>(frame.Columns["Epochs"]);
        Assert.IsType<Int64DataFrameColumn>(frame.Columns["Parameters"]);
        Assert.IsType<BooleanDataFrameColumn>(frame.Columns["Augmented"]);
        Assert.IsType<DoubleDataFrameColumn>(frame.Columns["Auc"]);
        Assert.IsType<StringDataFrameColumn>(frame.Columns["Kind"]);
        Assert.Equal(2, frame.Rows.Count);
        Assert.Equal(0.75, frame.Columns["Accuracy"][1]);
        Assert.Null(frame.Columns["Auc"][1]);
        Assert.Equal(1, frame.Columns["Auc"].NullCount);
        Assert.Equal("Cnn", frame.Columns["Kind"][0]);
    }

    [Fact]
    public void RowsTypedAsObjectUseTheirRuntimeTypeAndTuplesTheirFields()
    {
        IEnumerable<object> rows = [new { Sentence = "a dog", Score = 4.5 }];
        Assert.Equal(["Sentence", "Score"], Tables.From(rows).Columns.Select(c => c.Name));
        var tuples = Tables.From(new[] { (1, "x") });
        Assert.Equal(["Item1", "Item2"], tuples.Columns.Select(c => c.Name));
        Assert.Throws<ArgumentException>(() => Tables.From(Array.Empty<object>()));
    }

    [Theory]
    [InlineData(0.858812, 1, 85.9)]
    [InlineData(0.858812, 2, 85.88)]
    [InlineData(0.0125, 1, 1.3)]
    [InlineData(0.9205, 1, 92.1)]
    [InlineData(1.0, 1, 100.0)]
    [InlineData(0.5, 0, 50.0)]
    [InlineData(-0.01234, 1, -1.2)]
    public void PercentRoundsHalfAwayFromZero(double fraction, int decimals, double expected) =>
        Assert.Equal(expected, Tables.Percent(fraction, decimals));
}
