using Plotly.NET;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace Siamese.Lib.Display;

/// <summary>
/// General charts for the notebooks on Plotly.NET (lines, grouped bars with error bars, labelled scatter), sized
/// and titled for reading (<see cref="ChartLayout"/>). Each returns a Plotly.NET <see cref="GenericChart"/> that the
/// registered formatter renders offline, and that can still be styled with Plotly.NET's own API.
/// </summary>
public static class Charts
{
    /// <summary>Legend entry of the diagonal of <see cref="Scatter"/>.</summary>
    public const string DiagonalName = "y = x";

    /// <summary>One line per series against a shared x axis.</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">x-axis title.</param>
    /// <param name="yTitle">y-axis title.</param>
    /// <param name="series">Named series; X and Y of equal length.</param>
    public static GenericChart Lines(string title, string xTitle, string yTitle, params (string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y)[] series) =>
        Lines(title, xTitle, yTitle, logY: false, yRange: null, series);

    /// <summary>Lines with a logarithmic or fixed y axis (what <see cref="TrainingCharts"/> needs).</summary>
    internal static GenericChart Lines(string? title, string xTitle, string yTitle, bool logY, (double Min, double Max)? yRange,
                                       IEnumerable<(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y)> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var traces = series.Select(s =>
        {
            ArgumentNullException.ThrowIfNull(s.X);
            ArgumentNullException.ThrowIfNull(s.Y);
            if (s.X.Count != s.Y.Count)
            {
                throw new ArgumentException($"series '{s.Name}' has {s.X.Count} x values but {s.Y.Count} y values.", nameof(series));
            }
            return PlotlyChart.Line<double, double, string>(s.X, s.Y, ShowMarkers: s.X.Count <= ChartLayout.MarkerLimit, Name: s.Name);
        }).ToList();
        if (traces.Count == 0)
        {
            throw new ArgumentException("give at least one series.", nameof(series));
        }
        return ChartLayout.Apply(ChartLayout.Combine(traces), title, xTitle, yTitle, logY, yRange);
    }

    /// <summary>
    /// Grouped bars: one bar per category in each group (e.g. validation and test accuracy per technique), with
    /// optional ± error bars per group.
    /// </summary>
    /// <param name="title">Chart title.</param>
    /// <param name="yTitle">y-axis title.</param>
    /// <param name="categories">The x-axis categories; long names get room below the axis.</param>
    /// <param name="groups">Named groups with one value (and optionally one error) per category.</param>
    /// <param name="yRange">A fixed y range, e.g. (0.5, 1) for accuracies; null for automatic.</param>
    public static GenericChart Bars(string title, string yTitle, IReadOnlyList<string> categories,
                                    IEnumerable<(string Name, IReadOnlyList<double> Values, IReadOnlyList<double>? Errors)> groups,
                                    (double Min, double Max)? yRange = null)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(groups);
        var charts = new List<GenericChart>();
        foreach (var (name, values, errors) in groups)
        {
            ArgumentNullException.ThrowIfNull(values);
            if (values.Count != categories.Count || errors is not null && errors.Count != categories.Count)
            {
                throw new ArgumentException($"group '{name}' needs one value (and error) per category ({categories.Count}).", nameof(groups));
            }
            var chart = PlotlyChart.Column<double, string, string>(values, Keys: categories.ToArray(), Name: name);
            if (errors is not null)
            {
                ChartLayout.Traces(chart)[0].SetProperty("error_y", new Dictionary<string, object>
                {
                    ["type"] = "data", ["array"] = errors.ToArray(), ["visible"] = true,
                });
            }
            charts.Add(chart);
        }
        if (charts.Count == 0)
        {
            throw new ArgumentException("give at least one group.", nameof(groups));
        }
        var combined = ChartLayout.Apply(ChartLayout.Combine(charts), title, "", yTitle, yRange: yRange);
        return ChartLayout.With(combined, "barmode", "group");
    }

    /// <summary>
    /// Points (x, y), one colour per distinct label (in order of first appearance; one series when there are no
    /// labels), optionally with the diagonal y = x (predicted against true values).
    /// </summary>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">x-axis title.</param>
    /// <param name="yTitle">y-axis title.</param>
    /// <param name="x">x values.</param>
    /// <param name="y">y values, one per x.</param>
    /// <param name="labels">One label per point, or null.</param>
    /// <param name="diagonal">Draw the dashed line y = x across the data's range.</param>
    public static GenericChart Scatter(string title, string xTitle, string yTitle, IReadOnlyList<double> x, IReadOnlyList<double> y,
                                       IReadOnlyList<string>? labels = null, bool diagonal = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count || labels is not null && labels.Count != x.Count)
        {
            throw new ArgumentException($"{x.Count} x values, {y.Count} y values and {labels?.Count ?? x.Count} labels: give one of each per point.");
        }
        var names = labels ?? Enumerable.Repeat("", x.Count).ToArray();
        var charts = Enumerable.Range(0, x.Count).GroupBy(i => names[i]).Select(g =>
            PlotlyChart.Point<double, double, string>(g.Select(i => x[i]), g.Select(i => y[i]), Name: g.Key,
                                                      ShowLegend: labels is not null, MultiText: g.Select(i => names[i]).ToArray())).ToList();
        if (diagonal && x.Count > 0)
        {
            var low = Math.Min(x.Min(), y.Min());
            var high = Math.Max(x.Max(), y.Max());
            var line = PlotlyChart.Line<double, double, string>(new[] { low, high }, new[] { low, high }, Name: DiagonalName);
            ChartLayout.Traces(line)[0].SetProperty("line", new Dictionary<string, object> { ["dash"] = "dash", ["color"] = "gray" });
            charts.Add(line);
        }
        if (charts.Count == 0)
        {
            charts.Add(PlotlyChart.Point<double, double, string>(Array.Empty<double>(), Array.Empty<double>()));
        }
        return ChartLayout.Apply(ChartLayout.Combine(charts), title, xTitle, yTitle);
    }
}
