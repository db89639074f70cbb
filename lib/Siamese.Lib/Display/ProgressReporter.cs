using Siamese.Display;
using Siamese.Display.Progress;
using Siamese.Lib.Training;

namespace Siamese.Lib.Display;

/// <summary>
/// Shows a <see cref="Trainer"/>'s progress (epoch and batch, rate, time left, latest loss) in a
/// <see cref="ProgressDisplay"/>: an in-place updating bar in a notebook, one rewritten line on a console. It
/// listens to the trainer's <see cref="Trainer.BatchEnd"/> and <see cref="Trainer.EpochEnd"/> events, so the
/// trainer knows nothing about displays. Dispose it (or let the <c>using</c> end) to detach and show the final
/// state. The batch loss is read from the device at most every <see cref="ProgressDisplay.MinInterval"/>
/// (a host sync on a GPU), plus once per epoch.
/// </summary>
public sealed class ProgressReporter : IDisposable
{
    private readonly Trainer trainer;
    private readonly ProgressDisplay display;
    private readonly int batchesPerEpoch;
    private readonly TimeProvider time;
    private long lastLossRead = long.MinValue;
    private bool disposed;

    /// <summary>Attaches to <paramref name="trainer"/> and shows the initial state.</summary>
    /// <param name="trainer">The trainer to follow; its <see cref="TrainerOptions.Epochs"/> is the total.</param>
    /// <param name="batchesPerEpoch">Training batches per epoch (the trainer cannot know what its data factory yields).</param>
    /// <param name="title">What is training.</param>
    /// <param name="publisher">The notebook surface; null for the ambient one (the console outside a notebook).</param>
    /// <param name="console">The console writer when there is no publisher; null for <see cref="Console.Out"/>.</param>
    /// <param name="time">The clock; null for the system clock.</param>
    public ProgressReporter(Trainer trainer, int batchesPerEpoch, string title = "training", IDisplayPublisher? publisher = null,
                            TextWriter? console = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchesPerEpoch, 1);
        this.trainer = trainer;
        this.batchesPerEpoch = batchesPerEpoch;
        this.time = time ?? TimeProvider.System;
        display = new ProgressDisplay(trainer.Options.Epochs, batchesPerEpoch, title, publisher, console, this.time);
        trainer.BatchEnd += OnBatchEnd;
        trainer.EpochEnd += OnEpochEnd;
    }

    /// <summary>The state shown last.</summary>
    public ProgressSnapshot Current => display.Current;

    /// <summary>Detaches from the trainer and shows the final state (idempotent).</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        trainer.BatchEnd -= OnBatchEnd;
        trainer.EpochEnd -= OnEpochEnd;
        display.Complete();
    }

    private void OnBatchEnd(object? sender, BatchEndEventArgs e)
    {
        double? loss = null;
        var now = time.GetTimestamp();
        if (lastLossRead == long.MinValue || time.GetElapsedTime(lastLossRead, now) >= ProgressDisplay.MinInterval)
        {
            loss = e.Loss;
            lastLossRead = now;
        }
        // The data factory may yield more batches than announced; the bar then stays full for the epoch.
        display.Report(e.Epoch, Math.Min(e.Batch + 1, batchesPerEpoch), loss);
    }

    private void OnEpochEnd(object? sender, EpochEndEventArgs e) =>
        display.Report(e.Record.Epoch, batchesPerEpoch, e.Record.TrainLoss);
}
