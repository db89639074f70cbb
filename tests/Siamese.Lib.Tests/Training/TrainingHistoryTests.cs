using System.Text.Json;
using Siamese.Lib.Training;

namespace Siamese.Lib.Tests.Training;

public class TrainingHistoryTests
{
    private static TrainingHistory Sample()
    {
        var h = new TrainingHistory();
        h.Add(new EpochRecord(1, 0.9, 0.8, new Dictionary<string, double> { ["accuracy"] = 0.7 }, 1e-3, 1.5));
        h.Add(new EpochRecord(2, 0.5, null, new Dictionary<string, double>(), 1e-3, 1.25));
        h.Add(new EpochRecord(3, double.NaN, 0.4, new Dictionary<string, double> { ["accuracy"] = 0.9 }, 1e-4, 1.0));
        h.StopReason = "test";
        h.BestEpoch = 3;
        return h;
    }

    [Fact]
    public void JsonUsesSnakeCaseKeys()
    {
        using var doc = JsonDocument.Parse(Sample().ToJson());
        var first = doc.RootElement.GetProperty("epochs")[0];
        Assert.Equal(1, first.GetProperty("epoch").GetInt32());
        Assert.Equal(0.9, first.GetProperty("train_loss").GetDouble());
        Assert.Equal(0.8, first.GetProperty("val_loss").GetDouble());
        Assert.Equal(0.7, first.GetProperty("metrics").GetProperty("accuracy").GetDouble());
        Assert.Equal(1e-3, first.GetProperty("lr").GetDouble());
        Assert.Equal(1.5, first.GetProperty("seconds").GetDouble());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("epochs")[1].GetProperty("val_loss").ValueKind);
        Assert.Equal("test", doc.RootElement.GetProperty("stop_reason").GetString());
        Assert.Equal(3, doc.RootElement.GetProperty("best_epoch").GetInt32());
    }

    [Fact]
    public void JsonRoundTripsIncludingNaN()
    {
        var back = TrainingHistory.FromJson(Sample().ToJson());
        Assert.Equal(3, back.Epochs.Count);
        Assert.True(double.IsNaN(back.Epochs[2].TrainLoss));
        Assert.Null(back.Epochs[1].ValidationLoss);
        Assert.Equal(0.9, back.Epochs[2].Metrics["accuracy"]);
        Assert.Equal("test", back.StopReason);
        Assert.Equal(3, back.BestEpoch);
    }

    [Fact]
    public void SeriesSkipsEpochsWithoutTheKey()
    {
        var h = Sample();
        Assert.Equal([(1, 0.8), (3, 0.4)], h.Series(TrainingHistory.ValidationLossKey));
        Assert.Equal([(1, 0.7), (3, 0.9)], h.Series("accuracy"));
        Assert.Equal(3, h.Series(TrainingHistory.TrainLossKey).Count);
    }

    [Fact]
    public void EpochsMustIncrease()
    {
        var h = Sample();
        Assert.Throws<ArgumentException>(() => h.Add(new EpochRecord(3, 1, null, new Dictionary<string, double>(), 1, 1)));
    }

    [Fact]
    public void SaveWritesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"history-{Guid.NewGuid():N}", "h.json");
        try
        {
            Sample().Save(path);
            Assert.Equal(3, TrainingHistory.FromJson(File.ReadAllText(path)).Epochs.Count);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }
}
