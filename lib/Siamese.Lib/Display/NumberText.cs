using System.Globalization;

namespace Siamese.Lib.Display;

/// <summary>
/// How the suite writes a number for a reader (tables, progress lines): integral values in full, others with at
/// most <see cref="SignificantDigits"/> significant digits, so that 0.858812 reads 0.8588 and a loss of 1234.567
/// reads 1,235 instead of a row of noise digits.
/// </summary>
public static class NumberText
{
    /// <summary>Significant digits of a non-integral value.</summary>
    public const int SignificantDigits = 4;

    /// <summary>Magnitudes from which digits are grouped by thousands (1,234,567; 2015 stays 2015).</summary>
    private const double GroupingFrom = 1e4;

    /// <summary>Non-zero magnitudes below this switch to scientific notation (1.234e-05).</summary>
    private const double ScientificBelow = 1e-4;

    /// <summary>Magnitudes above this switch to scientific notation (integral or not).</summary>
    private const double ScientificAbove = 1e15;

    /// <summary>The readable text of <paramref name="value"/> (invariant culture).</summary>
    /// <param name="value">Any double; NaN and infinities are written as such.</param>
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : "−∞";
        }
        var magnitude = Math.Abs(value);
        if (magnitude >= ScientificAbove || magnitude > 0 && magnitude < ScientificBelow)
        {
            return value.ToString("0.###e+00", CultureInfo.InvariantCulture);
        }
        var rounded = RoundToSignificant(value);
        if (rounded == Math.Round(rounded))
        {
            var integral = value == Math.Round(value) ? value : rounded;
            return integral.ToString(Math.Abs(integral) >= GroupingFrom ? "#,0" : "0", CultureInfo.InvariantCulture);
        }
        return rounded.ToString("0.##########", CultureInfo.InvariantCulture);
    }

    /// <summary>The readable text of a boxed number (any primitive numeric type); other values by ToString.</summary>
    /// <param name="value">A value or null (empty text).</param>
    public static string Format(object? value) => value switch
    {
        null => "",
        double d => Format(d),
        float f => Format((double)f),
        decimal m => Format((double)m),
        int or long or short or byte or sbyte or ushort or uint or ulong => Format(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static double RoundToSignificant(double value)
    {
        if (value == 0)
        {
            return 0;
        }
        var digits = SignificantDigits - 1 - (int)Math.Floor(Math.Log10(Math.Abs(value)));
        return digits >= 0 ? Math.Round(value, Math.Min(digits, 15), MidpointRounding.AwayFromZero)
                           : Math.Round(value / Math.Pow(10, -digits), MidpointRounding.AwayFromZero) * Math.Pow(10, -digits);
    }
}
