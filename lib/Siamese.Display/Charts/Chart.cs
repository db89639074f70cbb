using System.Globalization;
using System.Text.Json.Nodes;

namespace Siamese.Display.Charts;

/// <summary>
/// The chart kinds the tutorials need, as Plotly figures: loss curves, embeddings coloured by label, distance
/// histograms, model comparisons, similarity matrices and image pairs.
/// </summary>
public static class Chart
{
    /// <summary>Bins of each overlaid histogram unless told otherwise.</summary>
    public const int DefaultBins = 40;

    /// <summary>Pairs per row of an image grid unless told otherwise.</summary>
    public const int DefaultPairColumns = 4;

    /// <summary>Height in pixels of one row of an image grid.</summary>
    public const int PairRowHeight = 170;

    /// <summary>Opacity of overlaid histograms, so that overlaps stay visible.</summary>
    private const double OverlayOpacity = 0.6;

    /// <summary>Series up to this many points also draw markers.</summary>
    private const int MarkerLimit = 30;

    /// <summary>Room for a caption under a grid row, as a fraction of the row.</summary>
    private const double CaptionFraction = 0.16;

    /// <summary>Horizontal gap between the two images of a pair and between pairs, as a fraction of a cell.</summary>
    private const double PairGapFraction = 0.04;

    /// <summary>A line chart with one line per series (loss and accuracy curves).</summary>
    /// <param name="series">The lines.</param>
    /// <param name="title">Figure title.</param>
    /// <param name="xTitle">x-axis title (e.g. "epoch").</param>
    /// <param name="yTitle">y-axis title (e.g. "loss").</param>
    /// <param name="logY">A logarithmic y axis.</param>
    public static Figure Line(IEnumerable<Series> series, string? title = null, string? xTitle = null, string? yTitle = null, bool logY = false)
    {
        ArgumentNullException.ThrowIfNull(series);
        var figure = new Figure(title);
        foreach (var s in series)
        {
            if (s.X.Count != s.Y.Count)
            {
                throw new ArgumentException($"series '{s.Name}': {s.X.Count} x values but {s.Y.Count} y values", nameof(series));
            }
            figure.AddTrace(new JsonObject
            {
                ["type"] = "scatter",
                ["mode"] = s.Y.Count <= MarkerLimit ? "lines+markers" : "lines",
                ["name"] = s.Name,
                ["x"] = JsonNumbers.Array(s.X),
                ["y"] = JsonNumbers.Array(s.Y),
            });
        }
        SetAxes(figure, xTitle, yTitle);
        if (logY)
        {
            figure.Layout["yaxis"]!["type"] = "log";
        }
        return figure;
    }

    /// <summary>
    /// A scatter plot of points coloured by label, one trace (legend entry) per distinct label in sorted order:
    /// 2-D embeddings of a test set, for instance.
    /// </summary>
    /// <typeparam name="TLabel">The label type (class index, name).</typeparam>
    /// <param name="x">x coordinates.</param>
    /// <param name="y">y coordinates.</param>
    /// <param name="labels">One label per point.</param>
    /// <param name="title">Figure title.</param>
    /// <param name="xTitle">x-axis title.</param>
    /// <param name="yTitle">y-axis title.</param>
    public static Figure Scatter<TLabel>(IReadOnlyList<double> x, IReadOnlyList<double> y, IReadOnlyList<TLabel> labels,
                                         string? title = null, string? xTitle = null, string? yTitle = null)
        where TLabel : notnull
    {
        if (x.Count != y.Count || x.Count != labels.Count)
        {
            throw new ArgumentException($"x, y and labels must have one entry per point (got {x.Count}, {y.Count}, {labels.Count})");
        }
        var figure = new Figure(title);
        var groups = Enumerable.Range(0, x.Count).GroupBy(i => labels[i]).OrderBy(g => g.Key, Comparer<TLabel>.Default);
        foreach (var group in groups)
        {
            figure.AddTrace(new JsonObject
            {
                ["type"] = "scatter",
                ["mode"] = "markers",
                ["name"] = Convert.ToString(group.Key, CultureInfo.InvariantCulture),
                ["x"] = JsonNumbers.Array(group.Select(i => x[i])),
                ["y"] = JsonNumbers.Array(group.Select(i => y[i])),
            });
        }
        SetAxes(figure, xTitle, yTitle);
        return figure;
    }

    /// <summary>
    /// Overlaid histograms sharing one set of bins (so their shapes compare): distances of similar vs
    /// dissimilar pairs.
    /// </summary>
    /// <param name="distributions">The samples.</param>
    /// <param name="title">Figure title.</param>
    /// <param name="xTitle">x-axis title.</param>
    /// <param name="bins">Number of bins over the common range.</param>
    /// <param name="normalize">Show probability densities instead of counts (samples of different sizes).</param>
    public static Figure Histogram(IEnumerable<Distribution> distributions, string? title = null, string? xTitle = null,
                                   int bins = DefaultBins, bool normalize = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        var samples = distributions.Select(d => (d.Name, Values: d.Values.Where(double.IsFinite).ToArray())).ToList();
        var all = samples.SelectMany(s => s.Values).ToArray();
        var start = all.Length == 0 ? 0 : all.Min();
        var end = all.Length == 0 ? 1 : all.Max();
        var size = end > start ? (end - start) / bins : 1;
        var figure = new Figure(title);
        foreach (var (name, values) in samples)
        {
            var trace = new JsonObject
            {
                ["type"] = "histogram",
                ["name"] = name,
                ["x"] = JsonNumbers.Array(values),
                ["opacity"] = OverlayOpacity,
                ["xbins"] = new JsonObject { ["start"] = start, ["end"] = end + size, ["size"] = size },
            };
            if (normalize)
            {
                trace["histnorm"] = "probability density";
            }
            figure.AddTrace(trace);
        }
        figure.Layout["barmode"] = "overlay";
        SetAxes(figure, xTitle, normalize ? "density" : "count");
        return figure;
    }

    /// <summary>A bar chart with one bar per category (a metric per model).</summary>
    /// <param name="categories">Category names (x axis).</param>
    /// <param name="values">One value per category.</param>
    /// <param name="title">Figure title.</param>
    /// <param name="yTitle">y-axis title.</param>
    public static Figure Bar(IReadOnlyList<string> categories, IReadOnlyList<double> values, string? title = null, string? yTitle = null) =>
        Bar(categories, [new BarGroup(yTitle ?? "value", values)], title, yTitle);

    /// <summary>Grouped bars: one group of bars per category, one colour per <see cref="BarGroup"/>.</summary>
    /// <param name="categories">Category names (x axis).</param>
    /// <param name="groups">The named value sets, each with one value per category.</param>
    /// <param name="title">Figure title.</param>
    /// <param name="yTitle">y-axis title.</param>
    public static Figure Bar(IReadOnlyList<string> categories, IEnumerable<BarGroup> groups, string? title = null, string? yTitle = null)
    {
        var figure = new Figure(title);
        foreach (var group in groups)
        {
            if (group.Values.Count != categories.Count)
            {
                throw new ArgumentException($"bar group '{group.Name}' has {group.Values.Count} values for {categories.Count} categories", nameof(groups));
            }
            figure.AddTrace(new JsonObject
            {
                ["type"] = "bar",
                ["name"] = group.Name,
                ["x"] = JsonNumbers.Strings(categories),
                ["y"] = JsonNumbers.Array(group.Values),
            });
        }
        figure.Layout["barmode"] = "group";
        SetAxes(figure, null, yTitle);
        return figure;
    }

    /// <summary>A heatmap of a matrix (a similarity matrix): row i is drawn at y = i, top to bottom.</summary>
    /// <param name="z">The values, [rows, columns].</param>
    /// <param name="xLabels">Column labels, or null for indices.</param>
    /// <param name="yLabels">Row labels, or null for indices.</param>
    /// <param name="title">Figure title.</param>
    /// <param name="colorscale">A Plotly colour scale name.</param>
    public static Figure Heatmap(double[,] z, IReadOnlyList<string>? xLabels = null, IReadOnlyList<string>? yLabels = null,
                                 string? title = null, string colorscale = "Viridis")
    {
        ArgumentNullException.ThrowIfNull(z);
        int rows = z.GetLength(0), columns = z.GetLength(1);
        if (xLabels is not null && xLabels.Count != columns || yLabels is not null && yLabels.Count != rows)
        {
            throw new ArgumentException($"labels must match the matrix shape [{rows}, {columns}]");
        }
        var matrix = new JsonArray();
        for (var r = 0; r < rows; r++)
        {
            matrix.Add(JsonNumbers.Array(Enumerable.Range(0, columns).Select(c => z[r, c])));
        }
        var trace = new JsonObject { ["type"] = "heatmap", ["z"] = matrix, ["colorscale"] = colorscale };
        if (xLabels is not null)
        {
            trace["x"] = JsonNumbers.Strings(xLabels);
        }
        if (yLabels is not null)
        {
            trace["y"] = JsonNumbers.Strings(yLabels);
        }
        var figure = new Figure(title).AddTrace(trace);
        figure.Layout["yaxis"] = new JsonObject { ["autorange"] = "reversed" };
        return figure;
    }

    /// <summary>A heatmap from row-major values (a tensor's data).</summary>
    /// <param name="values">rows * columns values, row-major.</param>
    /// <param name="rows">Rows.</param>
    /// <param name="columns">Columns.</param>
    /// <param name="title">Figure title.</param>
    /// <param name="colorscale">A Plotly colour scale name.</param>
    public static Figure Heatmap(IReadOnlyList<float> values, int rows, int columns, string? title = null, string colorscale = "Viridis")
    {
        if (values.Count != rows * columns)
        {
            throw new ArgumentException($"expected {rows * columns} values for [{rows}, {columns}], got {values.Count}", nameof(values));
        }
        var z = new double[rows, columns];
        for (var i = 0; i < values.Count; i++)
        {
            z[i / columns, i % columns] = values[i];
        }
        return Heatmap(z, title: title, colorscale: colorscale);
    }

    /// <summary>
    /// A grid of image pairs with captions: each image is a Plotly <c>image</c> trace whose source is a PNG
    /// data URI, on its own hidden axes; captions are annotations under each pair.
    /// </summary>
    /// <param name="pairs">The pairs, laid out left to right, top to bottom.</param>
    /// <param name="columns">Pairs per row.</param>
    /// <param name="title">Figure title.</param>
    public static Figure ImagePairs(IReadOnlyList<ImagePair> pairs, int columns = DefaultPairColumns, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        columns = Math.Max(1, Math.Min(columns, pairs.Count));
        var rows = Math.Max(1, (pairs.Count + columns - 1) / columns);
        var figure = new Figure(title);
        var annotations = new JsonArray();
        double cellWidth = 1.0 / columns, rowHeight = 1.0 / rows, gap = cellWidth * PairGapFraction;
        var axis = 0;
        for (var p = 0; p < pairs.Count; p++)
        {
            int row = p / columns, column = p % columns;
            var top = 1 - row * rowHeight;
            var bottom = top - rowHeight * (1 - CaptionFraction);
            var left = column * cellWidth + gap;
            var right = (column + 1) * cellWidth - gap;
            var middle = (left + right) / 2;
            AddImage(figure, pairs[p].Left, ++axis, left, middle - gap / 2, bottom, top);
            AddImage(figure, pairs[p].Right, ++axis, middle + gap / 2, right, bottom, top);
            annotations.Add(new JsonObject
            {
                ["text"] = pairs[p].Caption,
                ["x"] = middle,
                ["y"] = bottom,
                ["xref"] = "paper",
                ["yref"] = "paper",
                ["xanchor"] = "center",
                ["yanchor"] = "top",
                ["showarrow"] = false,
            });
        }
        figure.Layout["annotations"] = annotations;
        figure.Layout["showlegend"] = false;
        figure.Layout["margin"] = new JsonObject { ["l"] = 10, ["r"] = 10, ["t"] = title is null ? 10 : 50, ["b"] = 10 };
        figure.Height = rows * PairRowHeight + (title is null ? 0 : 40);
        return figure;
    }

    private static void AddImage(Figure figure, Imaging.RasterImage image, int axis, double x0, double x1, double y0, double y1)
    {
        var suffix = axis == 1 ? "" : axis.ToString(CultureInfo.InvariantCulture);
        figure.AddTrace(new JsonObject
        {
            ["type"] = "image",
            ["source"] = image.ToDataUri(),
            ["xaxis"] = "x" + suffix,
            ["yaxis"] = "y" + suffix,
            ["hoverinfo"] = "skip",
        });
        figure.Layout["xaxis" + suffix] = new JsonObject
        {
            ["domain"] = new JsonArray(x0, x1), ["anchor"] = "y" + suffix, ["visible"] = false,
        };
        figure.Layout["yaxis" + suffix] = new JsonObject
        {
            ["domain"] = new JsonArray(y0, y1), ["anchor"] = "x" + suffix, ["visible"] = false,
            ["scaleanchor"] = "x" + suffix,
        };
    }

    private static void SetAxes(Figure figure, string? xTitle, string? yTitle)
    {
        figure.Layout["xaxis"] = xTitle is null ? new JsonObject() : new JsonObject { ["title"] = new JsonObject { ["text"] = xTitle } };
        figure.Layout["yaxis"] = yTitle is null ? new JsonObject() : new JsonObject { ["title"] = new JsonObject { ["text"] = yTitle } };
    }
}
