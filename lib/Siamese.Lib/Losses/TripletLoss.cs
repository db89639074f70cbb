using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Losses;

/// <summary>
/// The triplet loss of FaceNet (Schroff, Kalenichenko &amp; Philbin 2015, eq. 1) on explicit triplets,
/// averaged over the batch: L = max(0, d(a, p) − d(a, n) + α). The anchor must end up closer to the
/// positive than to the negative by at least the margin α.
/// </summary>
public sealed class TripletLoss : nn.Module<Tensor, Tensor, Tensor, Tensor>
{
    /// <summary>Creates the loss.</summary>
    /// <param name="margin">
    /// α &gt; 0. Default 0.2, FaceNet's value, which is meant for squared distances between L2-normalised
    /// embeddings (distances in [0, 4]); scale it if you change either of those.
    /// </param>
    /// <param name="squared">Squared Euclidean distances (FaceNet, the default) or plain ones (more common in later work).</param>
    /// <param name="normalize">L2-normalise embeddings first (FaceNet, the default): the loss cannot then be lowered by shrinking everything.</param>
    public TripletLoss(double margin = 0.2, bool squared = true, bool normalize = true) : base(nameof(TripletLoss))
    {
        if (!(margin > 0) || !double.IsFinite(margin))
        {
            throw new ArgumentOutOfRangeException(nameof(margin), margin, "The triplet margin must be positive and finite.");
        }
        Margin = margin;
        Squared = squared;
        Normalize = normalize;
    }

    /// <summary>The margin α.</summary>
    public double Margin { get; }

    /// <summary>Whether distances are squared.</summary>
    public bool Squared { get; }

    /// <summary>Whether embeddings are L2-normalised first.</summary>
    public bool Normalize { get; }

    /// <summary>The mean loss over the batch of triplets.</summary>
    /// <param name="anchor">Shape [batch, features].</param>
    /// <param name="positive">Shape [batch, features], same class as the anchor.</param>
    /// <param name="negative">Shape [batch, features], another class.</param>
    /// <returns>A scalar tensor.</returns>
    public override Tensor forward(Tensor anchor, Tensor positive, Tensor negative)
    {
        LossChecks.SameShape(anchor, positive, nameof(anchor), nameof(positive));
        LossChecks.SameShape(anchor, negative, nameof(anchor), nameof(negative));
        if (anchor.ndim != 2)
        {
            throw new ArgumentException($"Triplet embeddings must be [batch, features]; got {LossChecks.Shape(anchor)}.", nameof(anchor));
        }
        LossChecks.NonEmpty(anchor, nameof(anchor));
        using var scope = NewDisposeScope();
        var (a, p, n) = Normalize
            ? (EmbeddingDistances.L2Normalize(anchor), EmbeddingDistances.L2Normalize(positive), EmbeddingDistances.L2Normalize(negative))
            : (anchor, positive, negative);
        var dp = EmbeddingDistances.RowDistance(a, p, Squared);
        var dn = EmbeddingDistances.RowDistance(a, n, Squared);
        return (dp - dn + Margin).clamp_min(0).mean().MoveToOuterDisposeScope();
    }
}
