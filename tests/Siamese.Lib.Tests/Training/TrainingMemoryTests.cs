using Siamese.Lib.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Training;

/// <summary>
/// Ten thousand optimisation steps through <see cref="Trainer"/> leave the process where it was: the same number of
/// live tensors and (almost) the same resident memory. Every step creates a dozen tensors (batch, forward, loss,
/// gradients, Adam's temporaries) inside the trainer's per-step dispose scope; one that escapes it is a leak that
/// only shows after hours of training.
/// </summary>
[Collection(TensorCountCollection.Name)]
public class TrainingMemoryTests
{
    /// <summary>
    /// Steps before the first reading. Adam's moment buffers exist after one step, but the process keeps growing in
    /// one-off jumps for a while: measured here, resident native memory rose by 1.5, 2.7 and 6.9 MiB at steps ~3,000,
    /// ~4,000 and ~10,000 (glibc arenas for libtorch's and the runtime's threads, JIT tiers), then by 0.1 MiB over the
    /// next 20,000 steps. The measured window starts after that.
    /// </summary>
    private const int WarmupSteps = 10_000;

    /// <summary>The measured window: 10,000 steps, read at its start, middle and end.</summary>
    private const int MeasuredSteps = 10_000;

    private const int Steps = WarmupSteps + MeasuredSteps;

    private const int BatchSize = 8;

    private const int Rows = 64;

    /// <summary>
    /// The most native memory (VmRSS minus the GC's committed heap, which grows and shrinks by ~2 MiB with the GC's
    /// own decommit policy) one half of the window (5,000 steps) may add. A leaked tensor costs at least its native
    /// TensorImpl, storage and allocator headers, ~0.5 KiB even for this model's [8, 4] batches, so one leaked tensor
    /// per step adds ≥ 2.4 MiB per half and fails; the steady loop added 0.1 MiB per 20,000 steps when measured. The
    /// smaller of the two halves is compared, so that a single late one-off jump (see <see cref="WarmupSteps"/>) on
    /// another machine does not fail the test while a steady leak, which shows in both halves, does.
    /// </summary>
    private const long NativeGrowthLimitBytes = 1L * 1024 * 1024;

    /// <summary>
    /// The most the live managed heap (after a full collection) may grow over the window: a leaked Tensor wrapper or
    /// closure per step is ≥ 100 bytes, ≥ 1 MiB over 10,000 steps; the steady loop's live heap stayed within ±20 KiB.
    /// </summary>
    private const long ManagedGrowthLimitBytes = 512L * 1024;

    [Fact]
    public void TenThousandTrainerStepsKeepLiveTensorsAndMemoryFlat()
    {
        manual_seed(21);
        using var x = randn(new long[] { Rows, 4 });
        using var w = randn(new long[] { 4, 2 });
        using var y = x.matmul(w).tanh();
        using var model = new TinyMlp(4, 16, 2);
        var trainer = new Trainer(model, new TrainerOptions
        {
            Epochs = 2,
            BatchSize = BatchSize,
            Device = CPU,
            OptimizerFactory = g => Optimizers.Adam(g, 1e-3),
        });

        IEnumerable<(Tensor X, Tensor Y)> Batches(EpochContext context)
        {
            for (var i = 0; i < Steps / 2; i++)
            {
                var rows = Enumerable.Range(0, context.BatchSize).Select(_ => (long)context.Random.Next(Rows)).ToArray();
                using var index = tensor(rows);
                yield return (x.index_select(0, index), y.index_select(0, index));
            }
        }

        var step = 0;
        var readings = new List<Reading>();
        trainer.BatchEnd += (_, _) =>
        {
            step++;
            if (step == WarmupSteps || step == WarmupSteps + MeasuredSteps / 2 || step == Steps)
            {
                readings.Add(Read());
            }
        };
        var history = trainer.Fit(Batches, b => (model.call(b.X) - b.Y).square().mean());

        Assert.Equal(Steps, step);
        Assert.True(history.Epochs[^1].TrainLoss < history.Epochs[0].TrainLoss, "the model did not train: the loop under test is not the real one");
        var (start, middle, end) = (readings[0], readings[1], readings[2]);
        // All readings come from the same point of a step (its BatchEnd): the counts must be exactly equal.
        Assert.Equal(start.Tensors, end.Tensors);
        Assert.Equal(start.ScopeLive, end.ScopeLive);
        var halves = new[] { middle.Native - start.Native, end.Native - middle.Native };
        Assert.True(halves.Min() < NativeGrowthLimitBytes,
            $"native memory grew by {halves[0] / 1024.0:F0} KiB and {halves[1] / 1024.0:F0} KiB over two runs of {MeasuredSteps / 2} steps (limit {NativeGrowthLimitBytes / 1024} KiB)");
        Assert.True(end.Managed - start.Managed < ManagedGrowthLimitBytes,
            $"the live managed heap grew by {(end.Managed - start.Managed) / 1024.0:F0} KiB over {MeasuredSteps} steps");
    }

    private readonly record struct Reading(long Tensors, long ScopeLive, long Native, long Managed);

    /// <summary>Live tensors, the dispose scopes' live count, native resident bytes and the live managed heap, after a full collection.</summary>
    private static Reading Read()
    {
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        // "VmRSS:	  123456 kB"
        var rss = long.Parse(line["VmRSS:".Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]) * 1024;
        var native = rss - GC.GetGCMemoryInfo().TotalCommittedBytes;
        return new Reading(Tensor.TotalCount, DisposeScopeManager.Statistics.ThreadTotalLiveCount, native, managed);
    }
}
