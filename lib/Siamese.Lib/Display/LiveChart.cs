using Plotly.NET;

namespace Siamese.Lib.Display;

/// <summary>
/// A line chart that grows while a hand-written loop runs (notebook 01's training loop): <see cref="Add"/> a point
/// per step. In our kernel (which publishes an in-place display under <see cref="ProgressReporter.KernelDisplayKey"/>)
/// the chart appears at the first point and redraws at most every <see cref="MinInterval"/>; in .NET Interactive,
/// whose updates do not replace an output, nothing is shown while the loop runs. End the cell with the
/// <see cref="LiveChart"/> itself: its formatter shows the final chart there, and only a one-line note in our
/// kernel, where the chart above is already final.
/// </summary>
public sealed class LiveChart
{
    /// <summary>Shortest time between two redraws (a redraw sends the whole chart).</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(500);

    private readonly string title, xTitle, yTitle;
    private readonly List<double> xs = [], ys = [];
    private readonly Func<object?, Action<object?>>? show;
    private readonly TimeProvider time;
    private Action<object?>? update;
    private long lastDrawn;

    /// <summary>An empty chart.</summary>
    /// <param name="title">The chart's title.</param>
    /// <param name="xTitle">The x axis (for example "step").</param>
    /// <param name="yTitle">The y axis (for example "loss").</param>
    /// <param name="show">The in-place display function; null to look for our kernel's.</param>
    /// <param name="time">The clock; null for the system clock.</param>
    public LiveChart(string title, string xTitle, string yTitle, Func<object?, Action<object?>>? show = null,
                     TimeProvider? time = null)
    {
        (this.title, this.xTitle, this.yTitle) = (title, xTitle, yTitle);
        this.show = show ?? ProgressReporter.KernelDisplay();
        this.time = time ?? TimeProvider.System;
    }

    /// <summary>The points so far.</summary>
    public int Count => xs.Count;

    /// <summary>Whether the chart was shown in place while it grew (our kernel).</summary>
    public bool ShownLive => update is not null;

    /// <summary>Adds one point and, in our kernel, redraws when <see cref="MinInterval"/> has passed.</summary>
    /// <param name="x">The x value (a step).</param>
    /// <param name="y">The y value (a loss).</param>
    public void Add(double x, double y)
    {
        xs.Add(x);
        ys.Add(y);
        if (show is null)
        {
            return;
        }
        var now = time.GetTimestamp();
        if (update is null)
        {
            update = show(Chart());
            lastDrawn = now;
        }
        else if (time.GetElapsedTime(lastDrawn, now) >= MinInterval)
        {
            update(Chart());
            lastDrawn = now;
        }
    }

    /// <summary>The chart of every point so far (also sent as the last in-place update when shown live).</summary>
    public GenericChart Chart() => Charts.Lines(title, xTitle, yTitle, (yTitle, xs.ToArray(), ys.ToArray()));

    /// <summary>Redraws once more so the live chart shows every point; called by the formatter.</summary>
    internal void Finish() => update?.Invoke(Chart());
}
