using System.Globalization;
using System.Net;
using System.Text;

namespace Siamese.Lib.Display;

/// <summary>
/// The text of an n-dimensional array the way PyTorch prints tensors: nested brackets, aligned columns, and
/// summarised with "..." (first and last <see cref="EdgeItems"/> per dimension) once the array has more than
/// <see cref="Threshold"/> elements. <see cref="TensorFormatters"/> builds on it.
/// </summary>
public static class TensorText
{
    /// <summary>Elements above which the values are summarised (PyTorch's default threshold).</summary>
    public const int Threshold = 1000;

    /// <summary>Items kept at each end of a summarised dimension (PyTorch's default).</summary>
    public const int EdgeItems = 3;

    /// <summary>Decimals of floating-point values in fixed notation (PyTorch's default precision).</summary>
    public const int Precision = 4;

    /// <summary>Magnitudes outside [1e-4, 1e8) switch the whole array to scientific notation, as PyTorch does.</summary>
    private const double SmallLimit = 1e-4;

    private const double LargeLimit = 1e8;

    /// <summary>
    /// A header line (<c>Tensor [2, 3] float32 cpu</c>) followed by the values.
    /// </summary>
    /// <param name="shape">The sizes of the dimensions (empty for a scalar).</param>
    /// <param name="dtype">The element type's name (float32, int64, bool, ...).</param>
    /// <param name="device">Where the data lives (cpu, cuda:0).</param>
    /// <param name="values">The elements in row-major order (bools as 0/1).</param>
    /// <param name="kind">How to print the elements.</param>
    public static string Format(IReadOnlyList<long> shape, string dtype, string device, IReadOnlyList<double> values, ElementKind kind)
    {
        var header = $"Tensor [{string.Join(", ", shape)}] {dtype} {device}";
        return header + "\n" + Values(shape, values, kind);
    }

    /// <summary>The same as <see cref="Format"/> as an HTML fragment (a monospace block).</summary>
    /// <param name="shape">The sizes of the dimensions.</param>
    /// <param name="dtype">The element type's name.</param>
    /// <param name="device">Where the data lives.</param>
    /// <param name="values">The elements in row-major order.</param>
    /// <param name="kind">How to print the elements.</param>
    public static string FormatHtml(IReadOnlyList<long> shape, string dtype, string device, IReadOnlyList<double> values, ElementKind kind) =>
        $"<div><b>Tensor</b> [{string.Join(", ", shape)}] <code>{WebUtility.HtmlEncode(dtype)}</code> " +
        $"<code>{WebUtility.HtmlEncode(device)}</code><pre>{WebUtility.HtmlEncode(Values(shape, values, kind))}</pre></div>";

    /// <summary>Only the bracketed values, e.g. <c>[[ 1.0000, -2.5000],\n [ 3.0000,  4.0000]]</c>.</summary>
    /// <param name="shape">The sizes of the dimensions.</param>
    /// <param name="values">The elements in row-major order.</param>
    /// <param name="kind">How to print the elements.</param>
    public static string Values(IReadOnlyList<long> shape, IReadOnlyList<double> values, ElementKind kind)
    {
        var count = shape.Aggregate(1L, (a, b) => a * b);
        if (count != values.Count)
        {
            throw new ArgumentException($"shape [{string.Join(", ", shape)}] has {count} elements, got {values.Count} values", nameof(values));
        }
        var summarise = count > Threshold;
        var strides = new long[shape.Count];
        for (long d = shape.Count - 1, stride = 1; d >= 0; stride *= shape[(int)d], d--)
        {
            strides[d] = stride;
        }
        var shown = new List<double>();
        CollectShown(shape, strides, values, 0, 0, summarise, shown);
        var scientific = kind == ElementKind.Float && NeedsScientific(shown);
        var width = shown.Count == 0 ? 0 : shown.Max(v => Element(v, kind, scientific).Length);
        var text = new StringBuilder();
        Write(text, shape, strides, values, 0, 0, summarise, kind, scientific, width);
        return text.ToString();
    }

    private static IEnumerable<long> Indices(long size, bool summarise) =>
        summarise && size > 2 * EdgeItems
            ? Enumerable.Range(0, EdgeItems).Select(i => (long)i).Concat(Enumerable.Range(0, EdgeItems).Select(i => size - EdgeItems + i))
            : Enumerable.Range(0, (int)size).Select(i => (long)i);

    private static void CollectShown(IReadOnlyList<long> shape, long[] strides, IReadOnlyList<double> values, int dim, long offset, bool summarise, List<double> shown)
    {
        if (dim == shape.Count)
        {
            shown.Add(values[(int)offset]);
            return;
        }
        foreach (var i in Indices(shape[dim], summarise))
        {
            CollectShown(shape, strides, values, dim + 1, offset + i * strides[dim], summarise, shown);
        }
    }

    private static void Write(StringBuilder text, IReadOnlyList<long> shape, long[] strides, IReadOnlyList<double> values, int dim, long offset,
                              bool summarise, ElementKind kind, bool scientific, int width)
    {
        if (dim == shape.Count)
        {
            text.Append(Element(values[(int)offset], kind, scientific).PadLeft(width));
            return;
        }
        text.Append('[');
        var size = shape[dim];
        var elided = summarise && size > 2 * EdgeItems;
        var last = dim == shape.Count - 1;
        // Rows of deeper dimensions start on new lines, indented under the opening bracket; blank lines separate matrices.
        var separator = last ? ", " : "," + new string('\n', shape.Count - dim - 1) + new string(' ', dim + 1);
        var first = true;
        long previous = -1;
        foreach (var i in Indices(size, summarise))
        {
            if (!first)
            {
                text.Append(separator);
            }
            if (elided && previous >= 0 && i != previous + 1)
            {
                text.Append("...").Append(separator);
            }
            Write(text, shape, strides, values, dim + 1, offset + i * strides[dim], summarise, kind, scientific, width);
            first = false;
            previous = i;
        }
        text.Append(']');
    }

    private static bool NeedsScientific(List<double> shown)
    {
        var magnitudes = shown.Where(v => double.IsFinite(v) && v != 0).Select(Math.Abs).ToList();
        return magnitudes.Count > 0 && (magnitudes.Max() >= LargeLimit || magnitudes.Min() < SmallLimit);
    }

    private static string Element(double value, ElementKind kind, bool scientific) => kind switch
    {
        ElementKind.Bool => value != 0 ? "True" : "False",
        ElementKind.Integer => ((long)value).ToString(CultureInfo.InvariantCulture),
        _ when double.IsNaN(value) => "nan",
        _ when double.IsInfinity(value) => value > 0 ? "inf" : "-inf",
        _ when scientific => value.ToString("0." + new string('0', Precision) + "e+00", CultureInfo.InvariantCulture),
        _ => value.ToString("0." + new string('0', Precision), CultureInfo.InvariantCulture),
    };
}
