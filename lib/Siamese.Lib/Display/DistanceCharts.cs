using System.Globalization;
using Plotly.NET;
using Siamese.Lib.Data;
using Siamese.Lib.Evaluation;
using static TorchSharp.torch;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace Siamese.Lib.Display;

/// <summary>
/// How well a pair score separates matching from non-matching pairs: overlaid histograms of the scores of similar
/// and dissimilar pairs on shared bins (the threshold belongs in the valley between the two humps), and ROC curves
/// with their area under the curve.
/// </summary>
public static class DistanceCharts
{
    /// <summary>Legend entry of the similar pairs.</summary>
    public const string SimilarName = "similar (same class)";

    /// <summary>Legend entry of the dissimilar pairs.</summary>
    public const string DissimilarName = "dissimilar";

    /// <summary>Legend entry of the chance diagonal of <see cref="Roc"/>.</summary>
    public const string ChanceName = "chance";

    /// <summary>Default number of shared histogram bins.</summary>
    public const int DefaultBins = 40;

    private const double OverlayOpacity = 0.6;

    /// <summary>Overlaid, density-normalised histograms of the scores of similar and dissimilar pairs.</summary>
    /// <param name="distances">One score per pair (a distance, or any similarity).</param>
    /// <param name="same">Whether each pair is of the same class.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">x-axis title.</param>
    /// <param name="threshold">A decision threshold to mark with a dashed vertical line, if any.</param>
    /// <param name="bins">Number of shared bins.</param>
    public static GenericChart Histogram(IReadOnlyList<double> distances, IReadOnlyList<bool> same, string? title = "Distances of test pairs",
                                         string xTitle = "distance", double? threshold = null, int bins = DefaultBins)
    {
        ArgumentNullException.ThrowIfNull(distances);
        ArgumentNullException.ThrowIfNull(same);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        if (distances.Count != same.Count)
        {
            throw new ArgumentException($"{distances.Count} distances but {same.Count} labels: give one label per pair.", nameof(same));
        }
        var start = distances.Count == 0 ? 0 : distances.Min();
        var end = distances.Count == 0 ? 1 : distances.Max();
        var size = end > start ? (end - start) / bins : 1;
        var charts = new[] { (SimilarName, true), (DissimilarName, false) }.Select(group =>
        {
            var values = Enumerable.Range(0, distances.Count).Where(i => same[i] == group.Item2).Select(i => distances[i]).ToArray();
            var chart = PlotlyChart.Histogram<double, double, string>(X: values, Name: group.Item1);
            var trace = ChartLayout.Traces(chart)[0];
            trace.SetProperty("xbins", new Dictionary<string, object> { ["start"] = start, ["end"] = end + size, ["size"] = size });
            trace.SetProperty("histnorm", "probability density");
            trace.SetProperty("opacity", OverlayOpacity);
            return chart;
        });
        var result = ChartLayout.Apply(ChartLayout.Combine(charts), title, xTitle, "density");
        result = ChartLayout.With(result, "barmode", "overlay");
        if (threshold is { } t)
        {
            result = ChartLayout.With(result, "shapes", new[]
            {
                new Dictionary<string, object>
                {
                    ["type"] = "line", ["x0"] = t, ["x1"] = t, ["yref"] = "paper", ["y0"] = 0, ["y1"] = 1,
                    ["line"] = new Dictionary<string, object> { ["dash"] = "dash" },
                },
            });
        }
        return result;
    }

    /// <summary>The same from tensors: scores (batch) and pair labels (batch) under <paramref name="convention"/>.</summary>
    /// <param name="distances">Scores, shape (batch).</param>
    /// <param name="labels">Pair labels, shape (batch), 0/1 under <paramref name="convention"/>.</param>
    /// <param name="convention">Which label value means "similar".</param>
    /// <param name="title">Chart title.</param>
    /// <param name="threshold">A decision threshold to mark, if any.</param>
    public static GenericChart Histogram(Tensor distances, Tensor labels, PairLabelConvention convention,
                                         string? title = "Distances of test pairs", double? threshold = null)
    {
        ArgumentNullException.ThrowIfNull(distances);
        ArgumentNullException.ThrowIfNull(labels);
        using var scope = NewDisposeScope();
        var d = HostArrays.ToArray<double>(distances.detach().to(ScalarType.Float64, CPU));
        var same = HostArrays.ToArray<float>(labels.detach().to(ScalarType.Float32, CPU)).Select(l => convention.IsSimilar(l)).ToArray();
        return Histogram(d, same, title, threshold: threshold);
    }

    /// <summary>
    /// ROC curves (true-positive against false-positive rate as the threshold sweeps; a lower distance means
    /// "same"), one per scorer, each named with its AUC, over the chance diagonal.
    /// </summary>
    /// <param name="curves">Named scorers: one distance and one ground truth per pair (both kinds present).</param>
    /// <param name="title">Chart title.</param>
    public static GenericChart Roc(IEnumerable<(string Name, IReadOnlyList<double> Distances, IReadOnlyList<bool> Same)> curves,
                                   string title = "ROC curves")
    {
        ArgumentNullException.ThrowIfNull(curves);
        var charts = curves.Select(c =>
        {
            var roc = RocCurve.Compute(c.Distances, c.Same, ScoreDirection.LowerMeansSame);
            var name = string.Create(CultureInfo.InvariantCulture, $"{c.Name} (AUC {roc.Auc:0.000})");
            return PlotlyChart.Line<double, double, string>(roc.Points.Select(p => p.FalsePositiveRate), roc.Points.Select(p => p.TruePositiveRate), Name: name);
        }).ToList();
        var chance = PlotlyChart.Line<double, double, string>(new[] { 0.0, 1 }, new[] { 0.0, 1 }, Name: ChanceName);
        ChartLayout.Traces(chance)[0].SetProperty("line", new Dictionary<string, object> { ["dash"] = "dash", ["color"] = "gray" });
        charts.Add(chance);
        return ChartLayout.Apply(ChartLayout.Combine(charts), title, "false-positive rate", "true-positive rate",
                                 yRange: (0, 1), xRange: (0, 1), width: ChartLayout.Height + ChartLayout.Height / 2, height: ChartLayout.Height + ChartLayout.Height / 4);
    }
}
