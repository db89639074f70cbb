using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Losses;

/// <summary>Distance computations shared by the triplet losses (differentiable, batched).</summary>
public static class EmbeddingDistances
{
    /// <summary>
    /// Guards the square root at zero: d/dx √x is infinite at 0, and the diagonal of a distance matrix
    /// (an embedding against itself) is exactly 0. Small enough not to move any real distance.
    /// </summary>
    private const double SqrtGuard = 1e-16;

    /// <summary>Default ε of <see cref="L2Normalize"/>, as in PyTorch's <c>F.normalize</c>.</summary>
    public const double NormalizeEpsilon = 1e-12;

    /// <summary>
    /// All pairwise distances of a batch: [n, d] → [n, n], from ‖a‖² − 2a·b + ‖b‖² (one matrix product),
    /// clamped at 0 against rounding. <paramref name="squared"/> false takes the square root, with zero
    /// entries kept at exactly 0 and a finite gradient there.
    /// </summary>
    public static Tensor PairwiseMatrix(Tensor embeddings, bool squared)
    {
        if (embeddings.ndim != 2)
        {
            throw new ArgumentException($"Embeddings must be [batch, features]; got shape {LossChecks.Shape(embeddings)}.", nameof(embeddings));
        }
        using var scope = NewDisposeScope();
        var dot = embeddings.matmul(embeddings.t());
        var norms = dot.diag();
        var d2 = (norms.unsqueeze(0) - 2 * dot + norms.unsqueeze(1)).clamp_min(0);
        if (squared)
        {
            return d2.MoveToOuterDisposeScope();
        }
        var zero = d2.eq(0).to(d2.dtype);
        var d = (d2 + zero * SqrtGuard).sqrt() * (1 - zero);
        return d.MoveToOuterDisposeScope();
    }

    /// <summary>Row-wise distance between matching rows: [n, d] × [n, d] → [n] (squared or plain Euclidean).</summary>
    public static Tensor RowDistance(Tensor a, Tensor b, bool squared)
    {
        LossChecks.SameShape(a, b, nameof(a), nameof(b));
        using var scope = NewDisposeScope();
        var d2 = (a - b).square().sum(-1);
        var result = squared ? d2 : (d2 + SqrtGuard).sqrt();
        return result.MoveToOuterDisposeScope();
    }

    /// <summary>Each row divided by its Euclidean norm (at least <paramref name="eps"/>): FaceNet's unit-hypersphere embedding.</summary>
    public static Tensor L2Normalize(Tensor x, double eps = NormalizeEpsilon)
    {
        using var scope = NewDisposeScope();
        return (x / x.norm(dim: -1, keepdim: true).clamp_min(eps)).MoveToOuterDisposeScope();
    }
}
