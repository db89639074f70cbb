using System.Globalization;
using Plotly.NET;
using Siamese.Lib.Evaluation;
using static TorchSharp.torch;

namespace Siamese.Lib.Display;

/// <summary>
/// Embeddings seen from above: the rows of an (N, D) embedding matrix projected onto their first two principal
/// components (<see cref="Pca"/>) and drawn as points coloured by class. Classes that the encoder separates
/// form separate clusters (one legend entry per class, in order of first appearance); the axis titles give the
/// share of the variance the picture shows.
/// </summary>
public static class EmbeddingCharts
{
    /// <summary>A 2-D PCA scatter of embeddings coloured by integer class label.</summary>
    /// <param name="embeddings">Embeddings (N, D), D ≥ 2, any device.</param>
    /// <param name="labels">One class label per row.</param>
    /// <param name="title">Chart title.</param>
    public static GenericChart Scatter2D(Tensor embeddings, IReadOnlyList<int> labels, string? title = "Embeddings (PCA to 2-D)") =>
        Scatter2D(embeddings, labels.Select(l => l.ToString("D3", CultureInfo.InvariantCulture)).ToList(), title);

    /// <summary>
    /// A 2-D PCA scatter of embeddings coloured by integer class label. This exact-type overload exists because
    /// TorchSharp converts arrays to tensors implicitly, which would make an <c>int[]</c> argument ambiguous.
    /// </summary>
    /// <param name="embeddings">Embeddings (N, D), D ≥ 2, any device.</param>
    /// <param name="labels">One class label per row.</param>
    /// <param name="title">Chart title.</param>
    public static GenericChart Scatter2D(Tensor embeddings, int[] labels, string? title = "Embeddings (PCA to 2-D)") =>
        Scatter2D(embeddings, (IReadOnlyList<int>)labels, title);

    /// <summary>A 2-D PCA scatter of embeddings coloured by label (class names).</summary>
    /// <param name="embeddings">Embeddings (N, D), D ≥ 2, any device.</param>
    /// <param name="labels">One label per row.</param>
    /// <param name="title">Chart title.</param>
    public static GenericChart Scatter2D(Tensor embeddings, IReadOnlyList<string> labels, string? title = "Embeddings (PCA to 2-D)")
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentNullException.ThrowIfNull(labels);
        if (embeddings.ndim != 2 || embeddings.shape[1] < 2)
        {
            throw new ArgumentException($"expected embeddings (N, D) with D >= 2; got [{string.Join(", ", embeddings.shape)}].", nameof(embeddings));
        }
        if (labels.Count != embeddings.shape[0])
        {
            throw new ArgumentException($"{embeddings.shape[0]} embeddings but {labels.Count} labels.", nameof(labels));
        }
        using var scope = NewDisposeScope();
        using var pca = Pca.Fit(embeddings, 2);
        var points = HostArrays.ToArray<double>(pca.Transform(embeddings).to(ScalarType.Float64, CPU));
        var x = Enumerable.Range(0, labels.Count).Select(i => points[2 * i]).ToArray();
        var y = Enumerable.Range(0, labels.Count).Select(i => points[2 * i + 1]).ToArray();
        var ratio = pca.ExplainedVarianceRatio;
        return Charts.Scatter(title ?? "", AxisTitle(1, ratio[0]), AxisTitle(2, ratio[1]), x, y, labels);
    }

    /// <summary>The same with labels from an integer tensor (N).</summary>
    /// <param name="embeddings">Embeddings (N, D).</param>
    /// <param name="labels">Class labels (N), any integer dtype.</param>
    /// <param name="title">Chart title.</param>
    public static GenericChart Scatter2D(Tensor embeddings, Tensor labels, string? title = "Embeddings (PCA to 2-D)")
    {
        ArgumentNullException.ThrowIfNull(labels);
        using var scope = NewDisposeScope();
        var values = HostArrays.ToArray<long>(labels.detach().to(ScalarType.Int64, CPU)).Select(v => (int)v).ToList();
        return Scatter2D(embeddings, values, title);
    }

    private static string AxisTitle(int component, double ratio) =>
        $"PC{component} ({(ratio * 100).ToString("0.#", CultureInfo.InvariantCulture)}% of variance)";
}
