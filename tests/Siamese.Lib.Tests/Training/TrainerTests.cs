using Siamese.Lib.Losses;
using Siamese.Lib.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Training;

[Collection(TensorCountCollection.Name)]
public class TrainerTests
{
    /// <summary>A fixed regression task: 32 points in 4-D, targets from a fixed random linear map.</summary>
    private sealed class Regression : IDisposable
    {
        public Regression(long seed = 123, int count = 32)
        {
            manual_seed(seed);
            X = randn(new long[] { count, 4 });
            using var w = randn(new long[] { 4, 2 });
            Y = X.matmul(w).tanh();
        }

        public Tensor X { get; }

        public Tensor Y { get; }

        /// <summary>Shuffled mini-batches drawn with the epoch's generator.</summary>
        public IEnumerable<(Tensor X, Tensor Y)> Batches(EpochContext context)
        {
            var n = (int)X.shape[0];
            var order = Enumerable.Range(0, n).OrderBy(_ => context.Random.Next()).ToArray();
            for (var start = 0; start + context.BatchSize <= n; start += context.BatchSize)
            {
                using var index = tensor(order.Skip(start).Take(context.BatchSize).Select(i => (long)i).ToArray());
                yield return (X.index_select(0, index), Y.index_select(0, index));
            }
        }

        public void Dispose()
        {
            X.Dispose();
            Y.Dispose();
        }
    }

    private static Func<(Tensor X, Tensor Y), Tensor> MseOf(TinyMlp model) =>
        b => (model.call(b.X) - b.Y).square().mean();

    private static TrainerOptions Cpu(int epochs, int batch = 8) =>
        new() { Epochs = epochs, BatchSize = batch, Device = CPU, OptimizerFactory = g => Optimizers.Adam(g, 0.01) };

    private static float[] Weights(nn.Module m) => m.parameters().SelectMany(p => p.detach().data<float>().ToArray()).ToArray();

    [Fact]
    public void OverfitsEightPairsWithContrastiveLoss()
    {
        manual_seed(1);
        using var left = randn(new long[] { 8, 6 });
        using var right = randn(new long[] { 8, 6 });
        using var labels = tensor(new float[] { 0, 1, 0, 1, 1, 0, 1, 0 });
        using var model = new TinyMlp(6, 32, 8);
        var loss = new ContrastiveLoss(margin: 1.0);
        var trainer = new Trainer(model, Cpu(150) with { OptimizerFactory = g => Optimizers.Adam(g, 0.01) });
        var history = trainer.Fit(
            _ => new[] { 0 },
            _ => loss.call(EmbeddingDistances.RowDistance(model.call(left), model.call(right), squared: false), labels));
        var first = history.Epochs[0].TrainLoss;
        var last = history.Epochs[^1].TrainLoss;
        Assert.True(last < 0.1 * first, $"loss went from {first} to {last}: less than a 90% fall");
    }

    [Fact]
    public void SameSeedGivesTheSameHistory()
    {
        double[] Run()
        {
            using var data = new Regression();
            manual_seed(5);
            using var model = new TinyMlp(4, 16, 2);
            var history = new Trainer(model, Cpu(4) with { Seed = 9 }).Fit(data.Batches, MseOf(model));
            return history.Epochs.Select(e => e.TrainLoss).ToArray();
        }
        var a = Run();
        var b = Run();
        Assert.Equal(a, b);
        Assert.True(a[^1] < a[0]);
    }

    [Fact]
    public void DifferentSeedsShuffleDifferently()
    {
        double[] Run(long seed)
        {
            using var data = new Regression();
            manual_seed(5);
            using var model = new TinyMlp(4, 16, 2);
            return new Trainer(model, Cpu(2) with { Seed = seed }).Fit(data.Batches, MseOf(model)).Epochs.Select(e => e.TrainLoss).ToArray();
        }
        Assert.NotEqual(Run(1), Run(2));
    }

    [Fact]
    public void EarlyStoppingStopsAtTheRightEpochAndRestoresTheBestWeights()
    {
        // Best at epoch 3; epochs 4, 5, 6 do not improve with patience 3 -> stop after epoch 6.
        double[] curve = [0.9, 0.8, 0.5, 0.6, 0.55, 0.7, 0.1, 0.1];
        using var data = new Regression();
        manual_seed(2);
        using var model = new TinyMlp(4, 8, 2);
        var trainer = new Trainer(model, Cpu(8) with
        {
            EarlyStopping = new EarlyStoppingOptions("score", MetricGoal.Minimize, Patience: 3),
        });
        float[]? atBest = null;
        trainer.EpochEnd += (_, e) =>
        {
            if (e.Record.Epoch == 3)
            {
                atBest = Weights(model);
                Assert.True(e.Improved);
            }
        };
        var history = trainer.Fit(data.Batches, MseOf(model),
            validationMetrics: c => new Dictionary<string, double> { ["score"] = curve[c.Epoch - 1] });
        Assert.Equal(6, history.Epochs.Count);
        Assert.Equal(3, history.BestEpoch);
        Assert.Contains("epoch 6", history.StopReason);
        Assert.Equal(atBest, Weights(model));
    }

    [Fact]
    public void ReduceLROnPlateauLowersTheRateAfterPatience()
    {
        using var data = new Regression();
        manual_seed(3);
        using var model = new TinyMlp(4, 8, 2);
        var options = Cpu(7) with
        {
            SchedulerFactory = o => optim.lr_scheduler.ReduceLROnPlateau(o, factor: 0.5, patience: 2),
            SchedulerMonitor = "score",
        };
        var history = new Trainer(model, options).Fit(data.Batches, MseOf(model),
            validationMetrics: _ => new Dictionary<string, double> { ["score"] = 1.0 });
        // Epoch 1 sets the best; epochs 2, 3, 4 are bad; after the third bad epoch (> patience 2) the rate halves.
        var rates = history.Epochs.Select(e => e.LearningRate).ToArray();
        Assert.Equal([0.01, 0.01, 0.01, 0.01, 0.005, 0.005, 0.005], rates, new ToleranceComparer(1e-12));
    }

    [Fact]
    public void ClippingBoundsTheGradientNorm()
    {
        double MaxNorm(double? clip)
        {
            using var data = new Regression();
            manual_seed(4);
            using var model = new TinyMlp(4, 16, 2);
            var trainer = new Trainer(model, Cpu(2) with { GradientClipNorm = clip, OptimizerFactory = g => Optimizers.SGD(g, 0.1) });
            var max = 0.0;
            trainer.BatchEnd += (_, _) =>
            {
                var sq = model.parameters().Sum(p => p.grad!.data<float>().ToArray().Sum(g => (double)g * g));
                max = Math.Max(max, Math.Sqrt(sq));
            };
            trainer.Fit(data.Batches, b => MseOf(model)(b) * 100);
            return max;
        }
        Assert.True(MaxNorm(null) > 0.5, "the unclipped gradients must exceed the bound for this test to mean anything");
        Assert.True(MaxNorm(0.5) <= 0.5 * (1 + 1e-5));
    }

    [Fact]
    public void ResumeEqualsUninterruptedTraining()
    {
        var root = Path.Combine(Path.GetTempPath(), $"trainer-resume-{Guid.NewGuid():N}");
        try
        {
            using var data = new Regression();
            var options = Cpu(4) with { Seed = 11 };

            manual_seed(6);
            using var whole = new TinyMlp(4, 16, 2);
            var full = new Trainer(whole, options with { CheckpointDirectory = Path.Combine(root, "a") }).Fit(data.Batches, MseOf(whole));

            manual_seed(6);
            using var first = new TinyMlp(4, 16, 2);
            var dir = Path.Combine(root, "b");
            new Trainer(first, options with { Epochs = 2, CheckpointDirectory = dir }).Fit(data.Batches, MseOf(first));

            manual_seed(99);
            using var resumed = new TinyMlp(4, 16, 2);
            var rest = new Trainer(resumed, options with { CheckpointDirectory = dir, Resume = true }).Fit(data.Batches, MseOf(resumed));

            Assert.Equal(full.Epochs.Select(e => e.TrainLoss), rest.Epochs.Select(e => e.TrainLoss));
            Assert.Equal(Weights(whole), Weights(resumed));
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    [Fact]
    public void BestCheckpointHoldsTheBestEpochsWeights()
    {
        var root = Path.Combine(Path.GetTempPath(), $"trainer-best-{Guid.NewGuid():N}");
        try
        {
            double[] curve = [0.9, 0.3, 0.5];
            using var data = new Regression();
            manual_seed(7);
            using var model = new TinyMlp(4, 8, 2);
            var trainer = new Trainer(model, Cpu(3) with
            {
                CheckpointDirectory = root,
                EarlyStopping = new EarlyStoppingOptions("score", Patience: 5, RestoreBestWeights: false),
            });
            float[]? atBest = null;
            trainer.EpochEnd += (_, e) => { if (e.Record.Epoch == 2) { atBest = Weights(model); } };
            trainer.Fit(data.Batches, MseOf(model), validationMetrics: c => new Dictionary<string, double> { ["score"] = curve[c.Epoch - 1] });
            Assert.NotEqual(atBest, Weights(model));
            trainer.LoadWeights(Path.Combine(root, "best.safetensors"));
            Assert.Equal(atBest, Weights(model));
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    [Fact]
    public void NonFiniteLossStopsAtTheStepWithTheCauses()
    {
        using var data = new Regression();
        manual_seed(8);
        using var model = new TinyMlp(4, 8, 2);
        var calls = 0;
        var trainer = new Trainer(model, Cpu(3));
        var e = Assert.Throws<NonFiniteLossException>(() => trainer.Fit(data.Batches, b =>
        {
            var loss = MseOf(model)(b);
            return ++calls == 6 ? loss * double.NaN : loss;
        }));
        Assert.Equal(6, e.FirstStep);
        Assert.Equal(2, e.Epoch);
        Assert.Contains("step 6", e.Message);
        Assert.Contains("learning rate", e.Message);
    }

    [Fact]
    public void EmptyDatasetIsAClearError()
    {
        manual_seed(8);
        using var model = new TinyMlp(4, 8, 2);
        var e = Assert.Throws<InvalidOperationException>(() =>
            new Trainer(model, Cpu(1)).Fit(_ => Array.Empty<(Tensor, Tensor)>(), MseOf(model)));
        Assert.Contains("no batches", e.Message);
    }

    [Fact]
    public void NonScalarLossIsAClearError()
    {
        using var data = new Regression();
        using var model = new TinyMlp(4, 8, 2);
        var e = Assert.Throws<InvalidOperationException>(() =>
            new Trainer(model, Cpu(1)).Fit(data.Batches, b => (model.call(b.X) - b.Y).square()));
        Assert.Contains("scalar", e.Message);
    }

    [Fact]
    public void PerGroupSettingsReachTheOptimizer()
    {
        using var data = new Regression();
        using var model = new TinyMlp(4, 8, 2);
        var trainer = new Trainer(model, Cpu(1) with
        {
            OptimizerFactory = g => Optimizers.SGD(g, 0.1),
            ParameterGroups = [new ParameterGroupSettings("first", n => n.EndsWith('1'), LearningRate: 0.5, Momentum: 0.9, WeightDecay: 2e-4)],
        });
        trainer.Fit(data.Batches, MseOf(model));
        var groups = trainer.Optimizer!.ParamGroups.ToList();
        Assert.Equal(2, groups.Count);
        var first = Assert.IsType<TorchSharp.Modules.SGD.ParamGroup>(groups[0]).Options;
        Assert.Equal(0.5, groups[0].LearningRate);
        Assert.Equal(0.9, first.momentum);
        Assert.Equal(2e-4, first.weight_decay);
        Assert.Equal(2, Assert.IsType<TorchSharp.Modules.SGD.ParamGroup>(groups[0]).Parameters.Count());
        Assert.Equal(0.1, groups[1].LearningRate);
    }

    [Fact]
    public void ExplicitL2PenaltyShrinksWeights()
    {
        double Norm(double penalty)
        {
            using var data = new Regression();
            manual_seed(12);
            using var model = new TinyMlp(4, 8, 2);
            new Trainer(model, Cpu(20) with { L2Penalty = penalty }).Fit(data.Batches, MseOf(model));
            return Math.Sqrt(Weights(model).Sum(w => (double)w * w));
        }
        Assert.True(Norm(0.1) < 0.8 * Norm(0));
    }

    [Fact]
    public void StepMemoryStaysFlat()
    {
        using var data = new Regression();
        using var model = new TinyMlp(4, 8, 2);
        var trainer = new Trainer(model, Cpu(2));
        var counts = new List<long>();
        trainer.BatchEnd += (_, _) => counts.Add(Tensor.TotalCount);
        trainer.Fit(data.Batches, MseOf(model));
        // Live tensors right after each step: the same at every step once the optimizer state exists.
        Assert.Equal(counts[1], counts[^1]);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
