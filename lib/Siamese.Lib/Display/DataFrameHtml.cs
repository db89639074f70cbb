using System.Net;
using System.Text;
using Microsoft.Data.Analysis;

namespace Siamese.Lib.Display;

/// <summary>
/// A <see cref="DataFrame"/> as a plain HTML table, the same in both kernels: a header row of column names,
/// numbers right-aligned and written by <see cref="NumberText"/> (at most four significant digits unless integral),
/// text left-aligned, missing values as "—", and after <see cref="MaxRows"/> rows a last line "… N more rows".
/// </summary>
public static class DataFrameHtml
{
    /// <summary>Rows shown before the rest is summarised.</summary>
    public const int MaxRows = 50;

    /// <summary>What a missing value shows.</summary>
    public const string Missing = "—";

    private const string CellStyle = "padding:2px 10px;border-bottom:1px solid #ddd;";

    /// <summary>The table's HTML.</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="maxRows">Rows shown in full.</param>
    public static string Render(DataFrame frame, int maxRows = MaxRows)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        var columns = frame.Columns.ToList();
        var numeric = columns.Select(c => IsNumeric(c.DataType)).ToArray();
        var html = new StringBuilder("<table style=\"border-collapse:collapse;font-variant-numeric:tabular-nums\">\n<thead><tr>");
        for (var c = 0; c < columns.Count; c++)
        {
            html.Append("<th style=\"").Append(CellStyle).Append("border-bottom:2px solid #888;text-align:")
                .Append(numeric[c] ? "right" : "left").Append("\">").Append(WebUtility.HtmlEncode(columns[c].Name)).Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        var shown = (int)Math.Min(frame.Rows.Count, maxRows);
        for (var r = 0; r < shown; r++)
        {
            html.Append("<tr>");
            for (var c = 0; c < columns.Count; c++)
            {
                var value = columns[c][r];
                html.Append("<td style=\"").Append(CellStyle).Append("text-align:").Append(numeric[c] ? "right" : "left").Append("\">")
                    .Append(WebUtility.HtmlEncode(value is null ? Missing : NumberText.Format(value))).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        var rest = frame.Rows.Count - shown;
        if (rest > 0)
        {
            html.Append("<tr><td colspan=\"").Append(Math.Max(1, columns.Count)).Append("\" style=\"").Append(CellStyle)
                .Append("font-style:italic\">… ").Append(rest).Append(rest == 1 ? " more row" : " more rows").Append("</td></tr>\n");
        }
        return html.Append("</tbody></table>").ToString();
    }

    private static bool IsNumeric(Type type) =>
        type == typeof(double) || type == typeof(float) || type == typeof(decimal) || type == typeof(int) || type == typeof(long)
        || type == typeof(short) || type == typeof(byte) || type == typeof(sbyte) || type == typeof(ushort) || type == typeof(uint)
        || type == typeof(ulong);
}
