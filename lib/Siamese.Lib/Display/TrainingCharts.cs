using Plotly.NET;
using Siamese.Lib.Training;

namespace Siamese.Lib.Display;

/// <summary>
/// Learning curves from <see cref="TrainingHistory"/> records: the training loss and, where the run validated,
/// the validation loss per epoch; several runs share one chart so their curves compare.
/// </summary>
public static class TrainingCharts
{
    /// <summary>Training and validation loss of one run against the epoch.</summary>
    /// <param name="history">The run's history.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="logY">A logarithmic loss axis (useful when the loss falls by orders of magnitude).</param>
    public static GenericChart Loss(TrainingHistory history, string title = "Loss per epoch", bool logY = false) =>
        Loss([("", history)], title, logY);

    /// <summary>
    /// Training and validation loss of several runs against the epoch: two series per run, named
    /// "&lt;run&gt; train" and "&lt;run&gt; validation" (just "train"/"validation" for an unnamed run).
    /// </summary>
    /// <param name="runs">The runs with their names.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="logY">A logarithmic loss axis.</param>
    public static GenericChart Loss(IEnumerable<(string Name, TrainingHistory History)> runs, string title = "Loss per epoch", bool logY = false)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var series = new List<(string, IReadOnlyList<double>, IReadOnlyList<double>)>();
        foreach (var (name, history) in runs)
        {
            ArgumentNullException.ThrowIfNull(history);
            var prefix = string.IsNullOrEmpty(name) ? "" : name + " ";
            series.Add(FromKey(prefix + "train", history, TrainingHistory.TrainLossKey));
            if (history.Series(TrainingHistory.ValidationLossKey).Count > 0)
            {
                series.Add(FromKey(prefix + "validation", history, TrainingHistory.ValidationLossKey));
            }
        }
        return Charts.Lines(title, "epoch", "loss", logY, yRange: null, series);
    }

    /// <summary>One validation metric (e.g. "accuracy") or history key of several runs against the epoch.</summary>
    /// <param name="runs">The runs with their names.</param>
    /// <param name="key">A metric name, <see cref="TrainingHistory.TrainLossKey"/> or <see cref="TrainingHistory.ValidationLossKey"/>.</param>
    /// <param name="title">Chart title; null for the key.</param>
    /// <param name="yRange">A fixed y range (e.g. (0.5, 1) for accuracies); null for automatic.</param>
    public static GenericChart Metric(IEnumerable<(string Name, TrainingHistory History)> runs, string key, string? title = null,
                                      (double Min, double Max)? yRange = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentException.ThrowIfNullOrEmpty(key);
        var series = runs.Select(r => FromKey(string.IsNullOrEmpty(r.Name) ? key : r.Name, r.History, key)).ToList();
        return Charts.Lines(title ?? key, "epoch", key, logY: false, yRange, series);
    }

    /// <summary>The learning rate per epoch of several runs on a log axis (a plateau schedule's steps show as drops).</summary>
    /// <param name="runs">The runs with their names.</param>
    /// <param name="title">Chart title.</param>
    public static GenericChart LearningRate(IEnumerable<(string Name, TrainingHistory History)> runs, string title = "Learning rate per epoch")
    {
        ArgumentNullException.ThrowIfNull(runs);
        var series = runs.Select(r => (
            string.IsNullOrEmpty(r.Name) ? "lr" : r.Name,
            (IReadOnlyList<double>)[.. r.History.Epochs.Select(e => (double)e.Epoch)],
            (IReadOnlyList<double>)[.. r.History.Epochs.Select(e => e.LearningRate)])).ToList();
        return Charts.Lines(title, "epoch", "learning rate", logY: true, yRange: null, series);
    }

    private static (string, IReadOnlyList<double>, IReadOnlyList<double>) FromKey(string name, TrainingHistory history, string key)
    {
        var points = history.Series(key);
        return (name, [.. points.Select(p => (double)p.Epoch)], [.. points.Select(p => p.Value)]);
    }
}
