using Plotly.NET;

namespace Siamese.Lib.Display;

/// <summary>
/// The suite's chart layout on top of Plotly.NET's default template: a size that reads well in a notebook (800 ×
/// 450 px), a title, axis titles, and axes whose margins grow to fit their labels (long category names are not
/// clipped). Set through Plotly.NET's dynamic layout object, the JSON plotly.js reads.
/// </summary>
internal static class ChartLayout
{
    /// <summary>Default chart width in pixels.</summary>
    public const int Width = 800;

    /// <summary>Default chart height in pixels.</summary>
    public const int Height = 450;

    /// <summary>Line charts show point markers up to this many points per series.</summary>
    public const int MarkerLimit = 30;

    /// <summary>Top margin that leaves room for the title.</summary>
    private const int TopMargin = 60;

    /// <summary>Applies the title, axis titles, size and optional log/range settings to <paramref name="chart"/>.</summary>
    public static GenericChart Apply(GenericChart chart, string? title, string xTitle, string yTitle, bool logY = false,
                                     (double Min, double Max)? yRange = null, (double Min, double Max)? xRange = null,
                                     int width = Width, int height = Height)
    {
        var layout = new Layout();
        if (!string.IsNullOrEmpty(title))
        {
            layout.SetProperty("title", new Dictionary<string, object> { ["text"] = title });
        }
        layout.SetProperty("width", width);
        layout.SetProperty("height", height);
        layout.SetProperty("margin", new Dictionary<string, object> { ["t"] = TopMargin });
        layout.SetProperty("xaxis", Axis(xTitle, logY: false, xRange));
        layout.SetProperty("yaxis", Axis(yTitle, logY, yRange));
        return GenericChart.addLayout(layout, chart);
    }

    /// <summary>Sets one layout property (e.g. barmode, shapes) on <paramref name="chart"/>.</summary>
    public static GenericChart With(GenericChart chart, string name, object value)
    {
        var layout = new Layout();
        layout.SetProperty(name, value);
        return GenericChart.addLayout(layout, chart);
    }

    /// <summary>The traces of <paramref name="chart"/>, which are mutable dynamic objects.</summary>
    public static IReadOnlyList<Trace> Traces(GenericChart chart) => [.. GenericChart.getTraces(chart)];

    /// <summary>The charts combined into one (several traces sharing axes).</summary>
    public static GenericChart Combine(IEnumerable<GenericChart> charts)
    {
        var list = charts.ToList();
        return list.Count == 1 ? list[0] : Plotly.NET.CSharp.Chart.Combine(list);
    }

    private static Dictionary<string, object> Axis(string title, bool logY, (double Min, double Max)? range)
    {
        var axis = new Dictionary<string, object>
        {
            ["title"] = new Dictionary<string, object> { ["text"] = title },
            ["automargin"] = true,
        };
        if (logY)
        {
            axis["type"] = "log";
        }
        if (range is { } r)
        {
            axis["range"] = logY ? new[] { Math.Log10(r.Min), Math.Log10(r.Max) } : new[] { r.Min, r.Max };
        }
        return axis;
    }
}
