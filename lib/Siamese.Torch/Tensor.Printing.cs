using System.Globalization;
using System.Text;

namespace Siamese.Torch;

public static partial class torch
{
    public partial class Tensor
    {
        // PyTorch's print options: summarise above 1000 elements, keeping 3 items at each edge; 80 columns.
        private const long SummarizeThreshold = 1000;
        private const long EdgeItems = 3;
        private const int LineWidth = 80;
        // PyTorch switches to scientific notation beyond these magnitudes.
        private const double SciMaxRatio = 1000;
        private const double SciUpper = 1e8;
        private const double SciLower = 1e-4;

        /// <summary>
        /// Shape, dtype, device and the values, formatted like PyTorch's printing (4 decimals or scientific,
        /// first/last 3 items per dimension with "..." beyond 1000 elements), with the invariant culture:
        /// <code>
        /// Tensor(shape=[2, 2], dtype=Float32, device=cpu)
        /// [[0.0000, 1.5000],
        ///  [2.0000, 3.0000]]
        /// </code>
        /// </summary>
        public override string ToString()
        {
            if (IsInvalid)
            {
                return "Tensor(disposed)";
            }
            var s = shape;
            var header = $"Tensor(shape=[{string.Join(", ", s)}], dtype={dtype}, device={device}{(requires_grad ? ", requires_grad=True" : "")})";
            return header + "\n" + FormatValues(s);
        }

        private string FormatValues(long[] fullShape)
        {
            var summarize = numel() > SummarizeThreshold;
            string[] items;
            long[] shownShape;
            using (NewDisposeScope())
            {
                var shown = detach();
                if (summarize)
                {
                    // Keep only the edges of every long dimension before copying to the host.
                    for (var d = 0; d < fullShape.Length; ++d)
                    {
                        if (fullShape[d] > 2 * EdgeItems)
                        {
                            shown = cat([shown.narrow(d, 0, EdgeItems), shown.narrow(d, fullShape[d] - EdgeItems, EdgeItems)], d);
                        }
                    }
                }
                shownShape = shown.shape;
                items = FormatItems(shown);
            }
            var text = new StringBuilder();
            var position = 0;
            AppendBlock(text, items, ref position, shownShape, fullShape, 0, summarize);
            return text.ToString();
        }

        private static string[] FormatItems(Tensor shown)
        {
            var type = shown.dtype;
            if (type == ScalarType.Bool)
            {
                return shown.to(ScalarType.Int64).data<long>().Select(v => v != 0 ? "True" : "False").ToArray();
            }
            if (!torch.is_floating_point(type))
            {
                return Pad(shown.to(ScalarType.Int64).data<long>().Select(v => v.ToString(CultureInfo.InvariantCulture)).ToArray());
            }
            var values = shown.to(ScalarType.Float64, CPU).data<double>();
            var finite = values.Where(double.IsFinite).Select(Math.Abs).ToArray();
            var integral = finite.All(v => v == Math.Floor(v));
            var nonzero = finite.Where(v => v != 0).ToArray();
            var max = nonzero.Length > 0 ? nonzero.Max() : 0;
            var min = nonzero.Length > 0 ? nonzero.Min() : 0;
            var scientific = nonzero.Length > 0 &&
                (integral ? max > SciUpper : max / min > SciMaxRatio || max > SciUpper || min < SciLower);
            string Format(double v)
            {
                if (double.IsNaN(v))
                {
                    return "nan";
                }
                if (double.IsInfinity(v))
                {
                    return v > 0 ? "inf" : "-inf";
                }
                if (scientific)
                {
                    return v.ToString("0.0000e+00", CultureInfo.InvariantCulture);
                }
                return integral ? v.ToString("0", CultureInfo.InvariantCulture) + "." : v.ToString("0.0000", CultureInfo.InvariantCulture);
            }
            return Pad(values.Select(Format).ToArray());
        }

        private static string[] Pad(string[] items)
        {
            var width = items.Length == 0 ? 0 : items.Max(s => s.Length);
            return items.Select(s => s.PadLeft(width)).ToArray();
        }

        private static void AppendBlock(StringBuilder text, string[] items, ref int position, long[] shown, long[] full, int depth,
            bool summarize)
        {
            if (shown.Length == 0)
            {
                text.Append(items[position++]);
                return;
            }
            var elided = summarize && full[depth] > 2 * EdgeItems;
            text.Append('[');
            if (depth == shown.Length - 1)
            {
                var indent = depth + 1;
                var perLine = Math.Max(1, (LineWidth - indent) / (items.Length == 0 ? 1 : items[0].Length + 2));
                for (var i = 0; i < shown[depth]; ++i)
                {
                    if (i > 0)
                    {
                        text.Append(',');
                        text.Append(i % perLine == 0 ? "\n" + new string(' ', indent) : " ");
                    }
                    if (elided && i == EdgeItems)
                    {
                        // PyTorch's marker is " ..." whatever the item width.
                        text.Append(" ..., ");
                    }
                    text.Append(items[position++]);
                }
            }
            else
            {
                var separator = "," + new string('\n', shown.Length - depth - 1) + new string(' ', depth + 1);
                for (var i = 0; i < shown[depth]; ++i)
                {
                    if (i > 0)
                    {
                        text.Append(separator);
                    }
                    if (elided && i == EdgeItems)
                    {
                        text.Append("...").Append(separator);
                    }
                    AppendBlock(text, items, ref position, shown, full, depth + 1, summarize);
                }
            }
            text.Append(']');
        }
    }
}
