using Siamese.Display.Charts;
using Siamese.Lib.Data;
using static TorchSharp.torch;

namespace Siamese.Lib.Display;

/// <summary>
/// How well a pair score separates matching from non-matching pairs: overlaid histograms of the scores of
/// similar and dissimilar pairs on shared bins. A good verifier shows two humps with little overlap, and the
/// decision threshold belongs in the valley between them.
/// </summary>
public static class DistanceCharts
{
    /// <summary>Legend entry of the similar pairs.</summary>
    public const string SimilarName = "similar (same class)";

    /// <summary>Legend entry of the dissimilar pairs.</summary>
    public const string DissimilarName = "dissimilar";

    /// <summary>Overlaid, density-normalised histograms of the scores of similar and dissimilar pairs.</summary>
    /// <param name="distances">One score per pair (a distance, or any similarity).</param>
    /// <param name="same">Whether each pair is of the same class.</param>
    /// <param name="title">Figure title.</param>
    /// <param name="xTitle">x-axis title.</param>
    /// <param name="threshold">A decision threshold to mark with a vertical line, if any.</param>
    /// <param name="bins">Number of shared bins.</param>
    public static Figure Histogram(IReadOnlyList<double> distances, IReadOnlyList<bool> same, string? title = "Distances of test pairs",
                                   string xTitle = "distance", double? threshold = null, int bins = Chart.DefaultBins)
    {
        ArgumentNullException.ThrowIfNull(distances);
        ArgumentNullException.ThrowIfNull(same);
        if (distances.Count != same.Count)
        {
            throw new ArgumentException($"{distances.Count} distances but {same.Count} labels: give one label per pair.", nameof(same));
        }
        var similar = Enumerable.Range(0, distances.Count).Where(i => same[i]).Select(i => distances[i]).ToArray();
        var dissimilar = Enumerable.Range(0, distances.Count).Where(i => !same[i]).Select(i => distances[i]).ToArray();
        var figure = Chart.Histogram([new Distribution(SimilarName, similar), new Distribution(DissimilarName, dissimilar)],
                                     title, xTitle, bins, normalize: true);
        if (threshold is { } t)
        {
            figure.Layout["shapes"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
            {
                ["type"] = "line",
                ["x0"] = t,
                ["x1"] = t,
                ["yref"] = "paper",
                ["y0"] = 0,
                ["y1"] = 1,
                ["line"] = new System.Text.Json.Nodes.JsonObject { ["dash"] = "dash" },
            });
        }
        return figure;
    }

    /// <summary>The same from tensors: scores (batch) and pair labels (batch) under <paramref name="convention"/>.</summary>
    /// <param name="distances">Scores, shape (batch).</param>
    /// <param name="labels">Pair labels, shape (batch), 0/1 under <paramref name="convention"/>.</param>
    /// <param name="convention">Which label value means "similar".</param>
    /// <param name="title">Figure title.</param>
    /// <param name="threshold">A decision threshold to mark, if any.</param>
    public static Figure Histogram(Tensor distances, Tensor labels, PairLabelConvention convention,
                                   string? title = "Distances of test pairs", double? threshold = null)
    {
        ArgumentNullException.ThrowIfNull(distances);
        ArgumentNullException.ThrowIfNull(labels);
        using var scope = NewDisposeScope();
        var d = distances.detach().to(ScalarType.Float64, CPU).reshape(-1).data<double>().ToArray();
        var same = labels.detach().to(ScalarType.Float32, CPU).reshape(-1).data<float>().Select(l => convention.IsSimilar(l)).ToArray();
        return Histogram(d, same, title, threshold: threshold);
    }
}
