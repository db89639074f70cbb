using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Losses;

/// <summary>
/// The triplet loss with online mining: triplets are formed inside a labelled batch of embeddings
/// (batch-all, batch-hard or semi-hard, see <see cref="TripletMining"/>), so a sampler only has to put
/// several examples of each class in a batch. Everything stays on the device: no triplet list is built on the host.
/// </summary>
public sealed class BatchTripletLoss : nn.Module<Tensor, Tensor, Tensor>
{
    /// <summary>Large enough to exclude an entry from a min/max, small enough for float32 arithmetic.</summary>
    private const double Excluded = 1e9;

    /// <summary>Creates the loss.</summary>
    /// <param name="mining">The triplet selection rule.</param>
    /// <param name="margin">α &gt; 0; default 0.2 as FaceNet (see <see cref="TripletLoss"/>).</param>
    /// <param name="squared">Squared (default, FaceNet) or plain Euclidean distances.</param>
    /// <param name="normalize">L2-normalise embeddings first (default, FaceNet).</param>
    public BatchTripletLoss(TripletMining mining, double margin = 0.2, bool squared = true, bool normalize = true) : base(nameof(BatchTripletLoss))
    {
        if (!(margin > 0) || !double.IsFinite(margin))
        {
            throw new ArgumentOutOfRangeException(nameof(margin), margin, "The triplet margin must be positive and finite.");
        }
        Mining = mining;
        Margin = margin;
        Squared = squared;
        Normalize = normalize;
    }

    /// <summary>The selection rule.</summary>
    public TripletMining Mining { get; }

    /// <summary>The margin α.</summary>
    public double Margin { get; }

    /// <summary>Whether distances are squared.</summary>
    public bool Squared { get; }

    /// <summary>Whether embeddings are L2-normalised first.</summary>
    public bool Normalize { get; }

    /// <summary>The mined triplet loss of one batch.</summary>
    /// <param name="embeddings">Shape [batch, features].</param>
    /// <param name="labels">Shape [batch]: integer class labels.</param>
    /// <returns>
    /// A scalar tensor. It is 0 (with a zero gradient) when the batch has no valid triplet, e.g. a single
    /// class, rather than NaN: such batches happen with small class-balanced samplers.
    /// </returns>
    public override Tensor forward(Tensor embeddings, Tensor labels)
    {
        if (embeddings.ndim != 2)
        {
            throw new ArgumentException($"Embeddings must be [batch, features]; got {LossChecks.Shape(embeddings)}.", nameof(embeddings));
        }
        LossChecks.Vector(labels, nameof(labels), "class labels");
        if (labels.shape[0] != embeddings.shape[0])
        {
            throw new ArgumentException(
                $"{embeddings.shape[0]} embeddings but {labels.shape[0]} labels; each embedding needs its class label.", nameof(labels));
        }
        LossChecks.NonEmpty(embeddings, nameof(embeddings));
        using var scope = NewDisposeScope();
        var x = Normalize ? EmbeddingDistances.L2Normalize(embeddings) : embeddings;
        var d = EmbeddingDistances.PairwiseMatrix(x, Squared);
        var n = embeddings.shape[0];
        var same = labels.unsqueeze(0).eq(labels.unsqueeze(1));
        var notSelf = eye(n, dtype: ScalarType.Bool, device: embeddings.device).logical_not();
        var positive = same.logical_and(notSelf).to(d.dtype);
        var negative = same.logical_not().to(d.dtype);
        var loss = Mining switch
        {
            TripletMining.BatchAll => BatchAll(d, positive, negative),
            TripletMining.BatchHard => BatchHard(d, positive, negative),
            TripletMining.SemiHard => SemiHard(d, positive, negative),
            _ => throw new ArgumentOutOfRangeException(nameof(Mining), Mining, "Unknown mining rule."),
        };
        return loss.MoveToOuterDisposeScope();
    }

    /// <summary>Mean of the positive losses over all valid (a, p, n): a [n, n, n] cube.</summary>
    private Tensor BatchAll(Tensor d, Tensor positive, Tensor negative)
    {
        // cube[a, p, n] = d[a, p] − d[a, n] + α, valid when p is a positive and n a negative of a.
        var cube = d.unsqueeze(2) - d.unsqueeze(1) + Margin;
        var valid = positive.unsqueeze(2) * negative.unsqueeze(1);
        var losses = cube.clamp_min(0) * valid;
        var active = losses.gt(0).to(d.dtype).sum();
        return losses.sum() / active.clamp_min(1);
    }

    /// <summary>Per anchor: farthest positive, nearest negative; mean over anchors that have both.</summary>
    private Tensor BatchHard(Tensor d, Tensor positive, Tensor negative)
    {
        var hardestPositive = (d * positive).max(1).values;
        var hardestNegative = (d + (1 - negative) * Excluded).min(1).values;
        var hasBoth = positive.amax([1]) * negative.amax([1]);
        var losses = (hardestPositive - hardestNegative + Margin).clamp_min(0) * hasBoth;
        return losses.sum() / hasBoth.sum().clamp_min(1);
    }

    /// <summary>Per (a, p): nearest negative beyond d(a, p), else the farthest negative; mean over positive pairs of anchors with a negative.</summary>
    private Tensor SemiHard(Tensor d, Tensor positive, Tensor negative)
    {
        // beyond[a, p, n]: n is a negative of a farther from a than p is.
        var dap = d.unsqueeze(2);
        var dan = d.unsqueeze(1);
        var negatives = negative.unsqueeze(1);
        var beyond = dan.gt(dap).to(d.dtype) * negatives;
        var nearestBeyond = (dan + (1 - beyond) * Excluded).min(2).values;
        var hasBeyond = beyond.amax([2]);
        var farthest = (d * negative).max(1, keepdim: true).values.expand_as(d);
        var chosen = hasBeyond * nearestBeyond + (1 - hasBeyond) * farthest;
        var pairs = positive * negative.amax([1], keepdim: true);
        var losses = (d - chosen + Margin).clamp_min(0) * pairs;
        return losses.sum() / pairs.sum().clamp_min(1);
    }
}
