using Siamese.Lib.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Training;

/// <summary>
/// The same seed and the same thread count give the same run, bit for bit, twice in one process: every epoch's
/// training loss, validation loss, validation metric and learning rate, and every final weight. (TrainerTests'
/// SameSeedGivesTheSameHistory compares the training losses exactly too; this one pins the thread count, which sets
/// libtorch's reduction order, and compares everything a run produces.) No tolerance: with the inputs, the seed
/// and the reduction order fixed, float arithmetic is deterministic, so any difference is hidden state (an
/// unseeded generator, a shuffle from a shared Random, state left over from the first run).
/// </summary>
public class TrainingReproducibilityTests
{
    /// <summary>Two intra-op threads: more than one, so a thread-count-dependent reduction would be exercised.</summary>
    private const int Threads = 2;

    private const int Rows = 48;

    [Fact]
    public void SameSeedAndThreadsGiveTheSameRunBitForBit()
    {
        var threads = get_num_threads();
        set_num_threads(Threads);
        try
        {
            var first = Run();
            var second = Run();
            Assert.Equal(first.History.Length, second.History.Length);
            for (var i = 0; i < first.History.Length; i++)
            {
                Assert.Equal(first.History[i], second.History[i]);
            }
            Assert.Equal(first.Weights, second.Weights);
            Assert.True(first.History[^1].Train < first.History[0].Train, "the model did not train");
        }
        finally
        {
            set_num_threads(threads);
        }
    }

    /// <summary>One epoch's numbers as raw bits, so that Assert.Equal compares exactly (and NaN equals NaN).</summary>
    private readonly record struct EpochBits(long Train, long? Validation, long Metric, long LearningRate);

    private static (EpochBits[] History, int[] Weights) Run()
    {
        manual_seed(31);
        using var x = randn(new long[] { Rows, 4 });
        using var w = randn(new long[] { 4, 2 });
        using var y = x.matmul(w).tanh();
        using var model = new TinyMlp(4, 16, 2);
        var trainer = new Trainer(model, new TrainerOptions
        {
            Epochs = 5,
            BatchSize = 8,
            Device = CPU,
            Seed = 17,
            OptimizerFactory = g => Optimizers.Adam(g, 0.01),
            SchedulerFactory = o => optim.lr_scheduler.StepLR(o, 2, 0.5),
        });

        IEnumerable<(Tensor X, Tensor Y)> Batches(EpochContext context)
        {
            // Shuffled with the epoch's generator, plus noise from libtorch's (seeded) generator: both must repeat.
            var order = Enumerable.Range(0, Rows).OrderBy(_ => context.Random.Next()).ToArray();
            for (var start = 0; start + context.BatchSize <= Rows; start += context.BatchSize)
            {
                using var index = tensor(order.Skip(start).Take(context.BatchSize).Select(i => (long)i).ToArray());
                var batchX = x.index_select(0, index);
                yield return (batchX + randn_like(batchX) * 0.01, y.index_select(0, index));
            }
        }

        IReadOnlyDictionary<string, double> Metrics(EpochContext context)
        {
            using var scope = NewDisposeScope();
            return new Dictionary<string, double> { ["max_error"] = (model.call(x) - y).abs().max().to(ScalarType.Float64).item<double>() };
        }

        var history = trainer.Fit(Batches, b => (model.call(b.X) - b.Y).square().mean(), Batches, Metrics);
        var epochs = history.Epochs.Select(e => new EpochBits(
            BitConverter.DoubleToInt64Bits(e.TrainLoss),
            e.ValidationLoss is { } v ? BitConverter.DoubleToInt64Bits(v) : null,
            BitConverter.DoubleToInt64Bits(e.Metrics["max_error"]),
            BitConverter.DoubleToInt64Bits(e.LearningRate))).ToArray();
        var weights = model.parameters().SelectMany(p => p.detach().data<float>().ToArray()).Select(BitConverter.SingleToInt32Bits).ToArray();
        return (epochs, weights);
    }
}
