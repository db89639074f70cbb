using Siamese.Lib.Training;

namespace Siamese.Lib.Display;

/// <summary>
/// Shows a <see cref="Trainer"/>'s progress, listening to its <see cref="Trainer.BatchEnd"/> and
/// <see cref="Trainer.EpochEnd"/> events (the trainer knows nothing about displays). In our kernel, which offers
/// in-place updates through <c>AppContext.GetData(<see cref="KernelDisplayKey"/>)</c> (a
/// <c>Func&lt;object?, Action&lt;object?&gt;&gt;</c>: show a value, get its updater), it shows one
/// <see cref="ProgressState"/> and updates it at most every <see cref="MinInterval"/> and at each epoch's end.
/// Elsewhere (.NET Interactive, whose updates do not replace the output; the CLI; tests) it writes one line per
/// epoch to the console and nothing else: never a wall of bars. Dispose it (or let the <c>using</c> end) to detach.
/// </summary>
public sealed class ProgressReporter : IDisposable
{
    /// <summary>The AppContext key under which our kernel publishes its display function.</summary>
    public const string KernelDisplayKey = "Siamese.Kernel.Display";

    /// <summary>Our kernel's in-place display function (show a value, get its updater), or null in any other host.</summary>
    internal static Func<object?, Action<object?>>? KernelDisplay() =>
        AppContext.GetData(KernelDisplayKey) as Func<object?, Action<object?>>;

    /// <summary>Shortest time between two in-place updates (each reads the loss, a device sync on a GPU).</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(250);

    private readonly Trainer trainer;
    private readonly Action<object?>? update;
    private readonly TextWriter console;
    private readonly TimeProvider time;
    private readonly long started;
    private readonly object gate = new();
    private long lastShown;
    private ProgressState state;
    private bool disposed;

    /// <summary>Attaches to <paramref name="trainer"/> (and, in our kernel, shows the initial state).</summary>
    /// <param name="trainer">The trainer to follow; its <see cref="TrainerOptions.Epochs"/> is the total.</param>
    /// <param name="stepsPerEpoch">Training steps (batches) per epoch, which the trainer cannot know.</param>
    /// <param name="title">What is training.</param>
    /// <param name="show">The in-place display function; null to look for our kernel's (see <see cref="KernelDisplayKey"/>).</param>
    /// <param name="console">Where epoch lines go without one; null for <see cref="Console.Out"/>.</param>
    /// <param name="time">The clock; null for the system clock.</param>
    public ProgressReporter(Trainer trainer, int stepsPerEpoch, string title = "training", Func<object?, Action<object?>>? show = null,
                            TextWriter? console = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        ArgumentOutOfRangeException.ThrowIfLessThan(stepsPerEpoch, 1);
        this.trainer = trainer;
        this.console = console ?? Console.Out;
        this.time = time ?? TimeProvider.System;
        started = this.time.GetTimestamp();
        lastShown = started;
        state = new ProgressState(title, 0, trainer.Options.Epochs, 0, stepsPerEpoch, null, [], TimeSpan.Zero, false);
        show ??= KernelDisplay();
        update = show?.Invoke(state);
        trainer.BatchEnd += OnBatchEnd;
        trainer.EpochEnd += OnEpochEnd;
    }

    /// <summary>The latest state.</summary>
    public ProgressState Current
    {
        get
        {
            lock (gate)
            {
                return state;
            }
        }
    }

    /// <summary>Whether progress is shown in place (our kernel) rather than as epoch lines.</summary>
    public bool InPlace => update is not null;

    /// <summary>Detaches from the trainer and, in place, shows the final state (idempotent).</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }
            disposed = true;
            trainer.BatchEnd -= OnBatchEnd;
            trainer.EpochEnd -= OnEpochEnd;
            state = state with { IsComplete = true, Elapsed = time.GetElapsedTime(started) };
            update?.Invoke(state);
        }
    }

    private void OnBatchEnd(object? sender, BatchEndEventArgs e)
    {
        lock (gate)
        {
            var now = time.GetTimestamp();
            // The data may yield more batches than announced; the step then stays at the end of the epoch.
            state = state with { Epoch = e.Epoch, Step = Math.Min(e.Batch + 1, state.StepsPerEpoch) };
            if (update is null || time.GetElapsedTime(lastShown, now) < MinInterval)
            {
                return;
            }
            lastShown = now;
            state = state with { Loss = e.Loss, Elapsed = time.GetElapsedTime(started, now) };
            update(state);
        }
    }

    private void OnEpochEnd(object? sender, EpochEndEventArgs e)
    {
        lock (gate)
        {
            var record = e.Record;
            var metrics = new List<(string, double)>();
            if (record.ValidationLoss is { } validation)
            {
                metrics.Add(("val_loss", validation));
            }
            metrics.AddRange(record.Metrics.Select(m => (m.Key, m.Value)));
            state = state with
            {
                Epoch = record.Epoch, Step = state.StepsPerEpoch, Loss = record.TrainLoss, Metrics = metrics,
                Elapsed = time.GetElapsedTime(started),
            };
            if (update is not null)
            {
                lastShown = time.GetTimestamp();
                update(state);
                return;
            }
            console.WriteLine($"{state.Title}  epoch {record.Epoch}/{state.TotalEpochs}  loss {NumberText.Format(record.TrainLoss)}" +
                              string.Concat(metrics.Select(m => $"  {m.Item1} {NumberText.Format(m.Item2)}")) +
                              $"  {ProgressState.Seconds(TimeSpan.FromSeconds(record.Seconds))}");
            console.Flush();
        }
    }
}
