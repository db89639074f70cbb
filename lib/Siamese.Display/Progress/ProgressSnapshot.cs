using System.Globalization;
using System.Net;
using Siamese.Display.Tables;

namespace Siamese.Display.Progress;

/// <summary>
/// The state of long work at one moment: position in epochs and batches, speed, estimated time left and the
/// latest loss; shown as an HTML progress bar in a notebook and as one plain line on a console.
/// </summary>
/// <param name="Title">What is running.</param>
/// <param name="Epoch">The current epoch, 1-based (0 before the first).</param>
/// <param name="TotalEpochs">Epochs in all.</param>
/// <param name="Batch">Batches done in the current epoch.</param>
/// <param name="BatchesPerEpoch">Batches per epoch.</param>
/// <param name="Elapsed">Time since the start.</param>
/// <param name="Loss">The latest loss, if reported.</param>
/// <param name="IsComplete">Whether the work has finished.</param>
public sealed record ProgressSnapshot(string Title, int Epoch, int TotalEpochs, int Batch, int BatchesPerEpoch,
                                      TimeSpan Elapsed, double? Loss, bool IsComplete) : IDisplayable
{
    /// <summary>Width of the plain-text bar in characters.</summary>
    public const int BarWidth = 24;

    /// <summary>Batches done since the start.</summary>
    public long CompletedSteps => Math.Max(0, (long)(Epoch - 1) * BatchesPerEpoch + Batch);

    /// <summary>Batches in all.</summary>
    public long TotalSteps => (long)TotalEpochs * BatchesPerEpoch;

    /// <summary>Fraction done, in [0, 1].</summary>
    public double Fraction => TotalSteps == 0 ? 1 : Math.Clamp((double)CompletedSteps / TotalSteps, 0, 1);

    /// <summary>Batches per second so far (null before the first batch).</summary>
    public double? Rate => CompletedSteps > 0 && Elapsed > TimeSpan.Zero ? CompletedSteps / Elapsed.TotalSeconds : null;

    /// <summary>Estimated time left at the current rate (null while unknown).</summary>
    public TimeSpan? Remaining => IsComplete ? TimeSpan.Zero
        : Rate is { } rate ? TimeSpan.FromSeconds((TotalSteps - CompletedSteps) / rate) : null;

    /// <summary>One line: <c>train  epoch 2/10  batch 37/100 [#####-----] 13.7%  12.3 it/s  ETA 1 min 05 s  loss 0.4312</c>.</summary>
    public string ToPlainText()
    {
        var filled = (int)Math.Round(Fraction * BarWidth);
        var bar = "[" + new string('#', filled) + new string('-', BarWidth - filled) + "]";
        return string.Join("  ", Parts(bar));
    }

    /// <summary>An HTML block: a progress element and the same facts as <see cref="ToPlainText"/>.</summary>
    public string ToHtml()
    {
        var percentMax = 100;
        var value = (Fraction * percentMax).ToString("0.#", CultureInfo.InvariantCulture);
        var text = WebUtility.HtmlEncode(string.Join(" · ", Parts(bar: null)));
        return "<div class=\"siamese-progress\" style=\"font-family:monospace\">" +
               $"<progress value=\"{value}\" max=\"{percentMax}\" style=\"width:40%;vertical-align:middle\"></progress> " +
               $"<span>{text}</span></div>";
    }

    /// <inheritdoc />
    public MimeBundle ToMimeBundle(FormatContext context) =>
        new MimeBundle().Set(MimeTypes.Html, ToHtml()).Set(MimeTypes.PlainText, ToPlainText());

    private IEnumerable<string> Parts(string? bar)
    {
        if (Title.Length > 0)
        {
            yield return Title;
        }
        yield return $"epoch {Epoch}/{TotalEpochs}";
        yield return $"batch {Batch}/{BatchesPerEpoch}";
        var percent = (Fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
        yield return bar is null ? percent : bar + " " + percent;
        if (Rate is { } rate)
        {
            yield return NumberFormat.Format(rate, 3) + " it/s";
        }
        if (IsComplete)
        {
            yield return "done in " + NumberFormat.FormatDuration(Elapsed);
        }
        else if (Remaining is { } remaining)
        {
            yield return "ETA " + NumberFormat.FormatDuration(remaining);
        }
        if (Loss is { } loss)
        {
            yield return "loss " + NumberFormat.Format(loss, NumberFormat.DefaultSignificantDigits);
        }
    }
}
