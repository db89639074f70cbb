using System.Globalization;
using System.Net;
using System.Text;

namespace Siamese.Lib.Display;

/// <summary>
/// What a <see cref="ProgressReporter"/> shows: where training is (epoch, step), the latest loss, the last
/// epoch's metrics, the time spent and an estimate of the time left. Shown as one line of text or as an HTML bar.
/// </summary>
/// <param name="Title">What is training.</param>
/// <param name="Epoch">The current epoch, 1-based (0 before the first step).</param>
/// <param name="TotalEpochs">Epochs in all.</param>
/// <param name="Step">Steps done in the current epoch.</param>
/// <param name="StepsPerEpoch">Steps per epoch.</param>
/// <param name="Loss">The latest training loss read, if any.</param>
/// <param name="Metrics">The last finished epoch's validation loss and metrics (empty before).</param>
/// <param name="Elapsed">Time since the reporter started.</param>
/// <param name="IsComplete">Whether training has ended.</param>
public sealed record ProgressState(string Title, int Epoch, int TotalEpochs, int Step, int StepsPerEpoch, double? Loss,
                                   IReadOnlyList<(string Name, double Value)> Metrics, TimeSpan Elapsed, bool IsComplete)
{
    /// <summary>The fraction of all steps done, in [0, 1].</summary>
    public double Fraction => TotalEpochs <= 0 || StepsPerEpoch <= 0 ? 1
        : Math.Clamp(((double)Math.Max(0, Epoch - 1) * StepsPerEpoch + Step) / ((double)TotalEpochs * StepsPerEpoch), 0, 1);

    /// <summary>The estimated time left at the rate so far; null before any progress or when complete.</summary>
    public TimeSpan? Remaining => IsComplete || Fraction <= 0 ? null : Elapsed * ((1 - Fraction) / Fraction);

    /// <summary>One line, e.g. <c>MaLSTM  epoch 3/10  step 40/100  loss 0.1234  pearson 0.81  12 s, ~40 s left</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Title).Append(CultureInfo.InvariantCulture, $"  epoch {Epoch}/{TotalEpochs}");
        if (!IsComplete)
        {
            text.Append(CultureInfo.InvariantCulture, $"  step {Step}/{StepsPerEpoch}");
        }
        if (Loss is { } loss)
        {
            text.Append("  loss ").Append(NumberText.Format(loss));
        }
        foreach (var (name, value) in Metrics)
        {
            text.Append("  ").Append(name).Append(' ').Append(NumberText.Format(value));
        }
        text.Append("  ").Append(IsComplete ? "done in " : "").Append(Seconds(Elapsed));
        if (Remaining is { } left)
        {
            text.Append(", ~").Append(Seconds(left)).Append(" left");
        }
        return text.ToString();
    }

    /// <summary>An HTML progress bar with the line beside it.</summary>
    public string ToHtml() => string.Create(CultureInfo.InvariantCulture,
        $"<div style=\"font-family:monospace\"><progress value=\"{Fraction:0.####}\" max=\"1\" style=\"width:240px;vertical-align:middle\"></progress> {WebUtility.HtmlEncode(ToString())}</div>");

    /// <summary>Seconds as "12 s" (or "0.4 s" below ten).</summary>
    internal static string Seconds(TimeSpan time) => time.TotalSeconds < 10
        ? time.TotalSeconds.ToString("0.0 s", CultureInfo.InvariantCulture)
        : time.TotalSeconds.ToString("0 s", CultureInfo.InvariantCulture);
}
