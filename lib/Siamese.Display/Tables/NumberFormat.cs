using System.Globalization;

namespace Siamese.Display.Tables;

/// <summary>
/// Readable, culture-invariant cell text: integers with thousands separators, floating-point numbers to a
/// number of significant digits (fixed notation between 1e-4 and 1e15, scientific outside).
/// </summary>
public static class NumberFormat
{
    /// <summary>Significant digits of floating-point cells unless told otherwise.</summary>
    public const int DefaultSignificantDigits = 4;

    /// <summary>Below this magnitude numbers switch to scientific notation.</summary>
    private const double SmallLimit = 1e-4;

    /// <summary>From this magnitude numbers switch to scientific notation.</summary>
    private const double LargeLimit = 1e15;

    /// <summary>Whether <paramref name="value"/> is a number (integer or floating point, boxed).</summary>
    /// <param name="value">Any value.</param>
    public static bool IsNumber(object? value) => value is sbyte or byte or short or ushort or int or uint or long or ulong
        or float or double or decimal or Half;

    /// <summary>The display text of a cell value.</summary>
    /// <param name="value">Any value; null shows empty.</param>
    /// <param name="significantDigits">Significant digits of floating-point values.</param>
    public static string Format(object? value, int significantDigits = DefaultSignificantDigits) => value switch
    {
        null => "",
        float f => Format((double)f, significantDigits),
        double d => Format(d, significantDigits),
        Half h => Format((double)h, significantDigits),
        decimal m => Format((double)m, significantDigits),
        sbyte or byte or short or ushort or int or uint or long or ulong =>
            ((IFormattable)value).ToString("#,0", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        TimeSpan t => FormatDuration(t),
        DateTime dt => dt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A floating-point value to <paramref name="significantDigits"/> significant digits.</summary>
    /// <param name="value">The number.</param>
    /// <param name="significantDigits">Significant digits, at least 1.</param>
    public static string Format(double value, int significantDigits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(significantDigits, 1);
        if (double.IsNaN(value))
        {
            return "NaN";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : "-∞";
        }
        if (value == 0)
        {
            return "0";
        }
        var magnitude = Math.Abs(value);
        if (magnitude < SmallLimit || magnitude >= LargeLimit)
        {
            return value.ToString("0." + new string('#', significantDigits - 1) + "e+0", CultureInfo.InvariantCulture);
        }
        var integerDigits = (int)Math.Floor(Math.Log10(magnitude)) + 1;
        var decimals = Math.Clamp(significantDigits - integerDigits, 0, 15);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString("#,0." + new string('#', decimals), CultureInfo.InvariantCulture);
    }

    /// <summary>A duration as "850 ms", "12.3 s", "4 min 05 s" or "2 h 03 min".</summary>
    /// <param name="duration">The duration.</param>
    public static string FormatDuration(TimeSpan duration)
    {
        var negative = duration < TimeSpan.Zero;
        var t = negative ? duration.Negate() : duration;
        var text = t.TotalSeconds switch
        {
            < 1 => $"{t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms",
            < 60 => $"{t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s",
            < 3600 => $"{(int)t.TotalMinutes} min {t.Seconds:00} s",
            _ => $"{(int)t.TotalHours} h {t.Minutes:00} min",
        };
        return negative ? "-" + text : text;
    }
}
