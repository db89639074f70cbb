using System.Collections;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Siamese.Display.Tables;

/// <summary>
/// Rows of values under named columns, made from any sequence of records (their public properties and fields,
/// or dictionary keys). Shown as an HTML table with readable numbers (<see cref="NumberFormat"/>); exported as
/// CSV with full precision.
/// </summary>
public sealed class Table : IDisplayable
{
    private readonly List<object?[]> rows;

    /// <summary>Creates a table from columns and rows of values.</summary>
    /// <param name="columnNames">Header texts.</param>
    /// <param name="rows">Each row has one value per column.</param>
    /// <param name="caption">Shown above the table.</param>
    public Table(IReadOnlyList<string> columnNames, IEnumerable<IReadOnlyList<object?>> rows, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(columnNames);
        this.rows = [];
        foreach (var row in rows)
        {
            if (row.Count != columnNames.Count)
            {
                throw new ArgumentException($"row {this.rows.Count} has {row.Count} values for {columnNames.Count} columns", nameof(rows));
            }
            this.rows.Add([.. row]);
        }
        Columns = [.. columnNames.Select((name, c) => new TableColumn(name, IsNumericColumn(c)))];
        Caption = caption;
    }

    /// <summary>The columns.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The rows (values as given, unformatted).</summary>
    public IReadOnlyList<IReadOnlyList<object?>> Rows => rows;

    /// <summary>Shown above the table, if any.</summary>
    public string? Caption { get; init; }

    /// <summary>Significant digits of floating-point cells in HTML and plain text.</summary>
    public int SignificantDigits { get; init; } = NumberFormat.DefaultSignificantDigits;

    /// <summary>
    /// A table with one row per record: columns are the public readable properties then fields of the records'
    /// type (declaration order), or the keys of dictionary records (first-seen order), or a single "Value"
    /// column for plain values.
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="records">The records.</param>
    /// <param name="caption">Shown above the table.</param>
    public static Table From<T>(IEnumerable<T> records, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var items = records.ToList();
        if (items.Count > 0 && items.All(i => i is IDictionary<string, object?>))
        {
            var keys = items.Cast<IDictionary<string, object?>>().SelectMany(d => d.Keys).Distinct().ToList();
            var dictRows = items.Cast<IDictionary<string, object?>>()
                .Select(d => (IReadOnlyList<object?>)[.. keys.Select(k => d.TryGetValue(k, out var v) ? v : null)]);
            return new Table(keys, dictRows, caption);
        }
        var type = typeof(T) == typeof(object) && items.Count > 0 && items[0] is { } first ? first.GetType() : typeof(T);
        if (IsScalar(type))
        {
            return new Table(["Value"], items.Select(i => (IReadOnlyList<object?>)[i]), caption);
        }
        var members = Members(type);
        var memberRows = items.Select(i => (IReadOnlyList<object?>)[.. members.Select(m => i is null ? null : m.Read(i))]);
        return new Table([.. members.Select(m => m.Name)], memberRows, caption);
    }

    /// <summary>The table as an HTML fragment (numbers right-aligned, values HTML-escaped).</summary>
    public string ToHtml()
    {
        var html = new StringBuilder("<table class=\"siamese-table\">");
        if (Caption is not null)
        {
            html.Append("<caption>").Append(WebUtility.HtmlEncode(Caption)).Append("</caption>");
        }
        html.Append("<thead><tr>");
        foreach (var column in Columns)
        {
            html.Append(column.IsNumeric ? "<th style=\"text-align:right\">" : "<th style=\"text-align:left\">")
                .Append(WebUtility.HtmlEncode(column.Name)).Append("</th>");
        }
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var c = 0; c < row.Length; c++)
            {
                html.Append(Columns[c].IsNumeric ? "<td style=\"text-align:right\">" : "<td style=\"text-align:left\">")
                    .Append(WebUtility.HtmlEncode(NumberFormat.Format(row[c], SignificantDigits))).Append("</td>");
            }
            html.Append("</tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>The table as aligned plain text (a console, a text/plain fallback).</summary>
    public string ToPlainText()
    {
        var cells = rows.Select(r => r.Select(v => NumberFormat.Format(v, SignificantDigits)).ToArray()).ToList();
        var widths = Columns.Select((col, c) => Math.Max(col.Name.Length, cells.Count == 0 ? 0 : cells.Max(r => r[c].Length))).ToArray();
        string Line(IEnumerable<string> values) =>
            string.Join("  ", values.Select((v, c) => Columns[c].IsNumeric ? v.PadLeft(widths[c]) : v.PadRight(widths[c]))).TrimEnd();
        var lines = new List<string>();
        if (Caption is not null)
        {
            lines.Add(Caption);
        }
        lines.Add(Line(Columns.Select(c => c.Name)));
        lines.Add(string.Join("  ", widths.Select(w => new string('-', w))));
        lines.AddRange(cells.Select(Line));
        return string.Join("\n", lines);
    }

    /// <summary>
    /// The table as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when needed), numbers in
    /// invariant culture at full round-trip precision.
    /// </summary>
    public string ToCsv()
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(",", Columns.Select(c => CsvField(c.Name)))).Append("\r\n");
        foreach (var row in rows)
        {
            csv.Append(string.Join(",", row.Select(v => CsvField(CsvText(v))))).Append("\r\n");
        }
        return csv.ToString();
    }

    /// <summary>Writes <see cref="ToCsv"/> to a file (UTF-8, no byte-order mark).</summary>
    /// <param name="path">The file to write.</param>
    public void SaveCsv(string path) => File.WriteAllText(path, ToCsv(), new UTF8Encoding(false));

    /// <inheritdoc />
    public MimeBundle ToMimeBundle(FormatContext context) => new MimeBundle()
        .Set(MimeTypes.Html, ToHtml())
        .Set(MimeTypes.PlainText, ToPlainText());

    /// <inheritdoc />
    public override string ToString() => ToPlainText();

    private bool IsNumericColumn(int column) =>
        rows.Any(r => r[column] is not null) && rows.All(r => r[column] is null || NumberFormat.IsNumber(r[column]));

    private static string CsvText(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTime dt => dt.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string CsvField(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
        || type == typeof(TimeSpan) || type == typeof(Half);

    private static List<(string Name, Func<object, object?> Read)> Members(Type type)
    {
        // Value tuples expose fields Item1..ItemN; other records expose properties (declaration order).
        var flags = BindingFlags.Public | BindingFlags.Instance;
        var properties = type.GetProperties(flags)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .OrderBy(p => p.MetadataToken)
            .Select(p => (p.Name, (Func<object, object?>)p.GetValue));
        var fields = type.GetFields(flags).OrderBy(f => f.MetadataToken).Select(f => (f.Name, (Func<object, object?>)f.GetValue));
        var members = properties.Concat(fields).ToList();
        if (type.IsAssignableTo(typeof(IEnumerable)) && members.Count == 0)
        {
            throw new ArgumentException($"records of type {type.Name} have no public properties or fields to tabulate");
        }
        return members;
    }
}
