using Siamese.Lib.Data;
using Siamese.Lib.Experiments;
using Siamese.Lib.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Experiments;

public class ModelComparisonTests
{
    private const int Side = 8;

    /// <summary>
    /// Four classes of 8×8 images, each a bright bar in its own place (rows 0-1, rows 4-5, columns 0-1, columns 4-5)
    /// over seeded noise: trivially separable, so a few dozen steps must learn it.
    /// </summary>
    internal static ImageDataset Bars(int perClass, ulong seed)
    {
        var random = new DataRandom(seed);
        const int classes = 4;
        var pixels = new byte[classes * perClass * Side * Side];
        var labels = new int[classes * perClass];
        for (var i = 0; i < labels.Length; i++)
        {
            var c = labels[i] = i % classes;
            for (var y = 0; y < Side; y++)
            {
                for (var x = 0; x < Side; x++)
                {
                    var onBar = c switch { 0 => y < 2, 1 => y is 4 or 5, 2 => x < 2, _ => x is 4 or 5 };
                    pixels[(i * Side + y) * Side + x] = (byte)(onBar ? 200 + random.Next(56) : random.Next(60));
                }
            }
        }
        return new ImageDataset("bars", Side, Side, pixels, labels, ["top", "middle", "left", "centre"]);
    }

    private static PairTask<Tensor> BarsTask() =>
        ImagePairTask.Create("bars", Bars(40, 1), Bars(40, 2), evaluationPairs: 200, seed: 3);

    private static SiameseNetwork<Tensor> Cnn(long seed)
    {
        manual_seed(seed);
        return new SiameseNetwork<Tensor>(new SmallCnn(8, (4, 8), 16, Side), new EuclideanDistanceHead());
    }

    private static readonly ComparisonBudget Budget = new(Epochs: 2, BatchesPerEpoch: 15, BatchSize: 16, LearningRate: 3e-3, Seed: 5, Device: CPU);

    [Fact]
    public void TrainsAndMeasuresOneRow()
    {
        using var network = Cnn(0);
        var lines = new List<string>();
        var run = ModelComparison.Run("CNN", network, BarsTask(), Budget, lines.Add);

        Assert.Equal("CNN", run.Model);
        Assert.Equal("bars", run.Task);
        Assert.Equal(network.parameters().Sum(p => p.numel()), run.Parameters);
        Assert.Equal(2L * 15 * 16, run.TrainingPairs);
        Assert.Equal(30, run.StepLosses.Count);
        Assert.Equal(2, lines.Count);
        Assert.All(run.History.Epochs, e => Assert.InRange(e.Metrics[ModelComparison.ValidationAucKey], 0.0, 1.0));
        Assert.True(run.TrainSeconds > 0 && run.TrainSeconds <= run.History.Epochs.Sum(e => e.Seconds));
        Assert.Equal(200, run.Evaluation.TestScores.Count);
        Assert.Null(run.Evaluation.Spearman);
        // The bars are separable: the learned distance must separate same from different pairs.
        Assert.True(run.Auc > 0.95, $"AUC {run.Auc}");
        Assert.True(run.Accuracy > 0.85, $"accuracy {run.Accuracy}");
        Assert.True(run.StepLosses.Take(5).Average() > run.StepLosses.TakeLast(5).Average());
        Assert.True(network.training);
    }

    [Fact]
    public void SameSeedsGiveTheSameRun()
    {
        using var a = Cnn(0);
        using var b = Cnn(0);
        var first = ModelComparison.Run("a", a, BarsTask(), Budget);
        var second = ModelComparison.Run("b", b, BarsTask(), Budget);
        Assert.Equal(first.StepLosses, second.StepLosses);
        Assert.Equal(first.Evaluation.TestScores, second.Evaluation.TestScores);
    }

    [Fact]
    public void ScoresEveryPairInOrderAcrossChunks()
    {
        using var network = Cnn(0);
        network.eval();
        var images = Bars(10, 4);
        var whole = ImagePairTask.Evaluation("whole", images, 50, seed: 9);
        var chunked = new EvaluationPairs<Tensor>("chunked", whole.Slice, whole.Same, chunkSize: 7);
        var a = ModelComparison.Score(network, whole, CPU);
        var b = ModelComparison.Score(network, chunked, CPU);
        Assert.Equal(50, b.Length);
        for (var i = 0; i < a.Length; i++)
        {
            Assert.Equal(a[i], b[i], 5);
        }
        Assert.False(network.training);
    }

    [Fact]
    public void ResultRowHasTheResultsFileKeys()
    {
        using var network = Cnn(0);
        var run = ModelComparison.Run("CNN", network, BarsTask(), Budget with { Epochs = 1, BatchesPerEpoch = 2 });
        var row = run.ToResultRow();
        foreach (var key in new[] { "model", "task", "params", "seconds", "accuracy", "auc" })
        {
            Assert.True(row.ContainsKey(key), key);
        }
        Assert.Equal(run.Parameters, row["params"]);
    }

    [Fact]
    public void CountsASharedParameterOnce()
    {
        using var network = Cnn(0);
        Assert.Equal(network.Encoder.parameters().Sum(p => p.numel()), ModelComparison.CountParameters(network));
    }

    [Fact]
    public void BudgetRejectsEmptyRuns()
    {
        using var network = Cnn(0);
        Assert.Throws<ArgumentOutOfRangeException>(() => ModelComparison.Run("x", network, BarsTask(), Budget with { BatchesPerEpoch = 0 }));
    }
}
