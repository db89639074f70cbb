namespace Siamese.Display.Progress;

/// <summary>
/// Reports the progress of long work (epochs of batches). In a notebook it shows one output and updates it in
/// place (a display handle's update, at most every <see cref="MinInterval"/>); on a console it rewrites one
/// line with a carriage return, or prints a line every <see cref="RedirectedInterval"/> when output goes to a
/// file. Thread-safe.
/// </summary>
public sealed class ProgressDisplay : IDisposable
{
    /// <summary>Shortest time between two notebook updates or console rewrites.</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Shortest time between two printed lines when console output is redirected.</summary>
    public static readonly TimeSpan RedirectedInterval = TimeSpan.FromSeconds(5);

    private readonly object gate = new();
    private readonly IDisplayPublisher? publisher;
    private readonly TextWriter console;
    private readonly bool rewriteLine;
    private readonly TimeProvider time;
    private readonly long started;
    private DisplayHandle? handle;
    private long lastShown = long.MinValue;
    private int lastLineLength;
    private ProgressSnapshot current;

    /// <summary>Starts reporting and shows the initial state.</summary>
    /// <param name="totalEpochs">Epochs in all.</param>
    /// <param name="batchesPerEpoch">Batches per epoch.</param>
    /// <param name="title">What is running.</param>
    /// <param name="publisher">The notebook surface; null for <see cref="DisplayContext.Publisher"/> (the console when none).</param>
    /// <param name="console">The console writer when there is no publisher; null for <see cref="Console.Out"/>.</param>
    /// <param name="time">The clock; null for the system clock.</param>
    public ProgressDisplay(int totalEpochs, int batchesPerEpoch, string title = "", IDisplayPublisher? publisher = null,
                           TextWriter? console = null, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalEpochs);
        ArgumentOutOfRangeException.ThrowIfNegative(batchesPerEpoch);
        this.publisher = publisher ?? DisplayContext.Publisher;
        this.console = console ?? Console.Out;
        rewriteLine = console is null ? !Console.IsOutputRedirected : false;
        this.time = time ?? TimeProvider.System;
        started = this.time.GetTimestamp();
        current = new ProgressSnapshot(title, 0, totalEpochs, 0, batchesPerEpoch, TimeSpan.Zero, null, false);
        Show(force: true);
    }

    /// <summary>The latest state.</summary>
    public ProgressSnapshot Current
    {
        get
        {
            lock (gate)
            {
                return current;
            }
        }
    }

    /// <summary>Records that <paramref name="batch"/> batches of epoch <paramref name="epoch"/> are done.</summary>
    /// <param name="epoch">The current epoch, 1-based.</param>
    /// <param name="batch">Batches done in this epoch (1..batchesPerEpoch).</param>
    /// <param name="loss">The latest loss, if any (kept when null).</param>
    public void Report(int epoch, int batch, double? loss = null)
    {
        lock (gate)
        {
            current = current with
            {
                Epoch = epoch,
                Batch = batch,
                Loss = loss ?? current.Loss,
                Elapsed = time.GetElapsedTime(started),
            };
            Show(force: batch == current.BatchesPerEpoch);
        }
    }

    /// <summary>Marks the work finished and shows the final state (idempotent).</summary>
    public void Complete()
    {
        lock (gate)
        {
            if (current.IsComplete)
            {
                return;
            }
            current = current with { IsComplete = true, Elapsed = time.GetElapsedTime(started) };
            Show(force: true);
            if (publisher is null && rewriteLine)
            {
                console.WriteLine();
            }
        }
    }

    /// <summary>Completes the display.</summary>
    public void Dispose() => Complete();

    private void Show(bool force)
    {
        var now = time.GetTimestamp();
        var interval = publisher is null && !rewriteLine ? RedirectedInterval : MinInterval;
        if (!force && lastShown != long.MinValue && time.GetElapsedTime(lastShown, now) < interval)
        {
            return;
        }
        lastShown = now;
        if (publisher is not null)
        {
            if (handle is null)
            {
                handle = DisplayContext.Show(current, publisher);
            }
            else
            {
                handle.Update(current);
            }
            return;
        }
        var line = current.ToPlainText();
        if (rewriteLine)
        {
            console.Write("\r" + line.PadRight(lastLineLength));
            lastLineLength = line.Length;
        }
        else
        {
            console.WriteLine(line);
        }
        console.Flush();
    }
}
