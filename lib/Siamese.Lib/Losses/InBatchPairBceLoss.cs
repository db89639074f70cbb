using Siamese.Lib.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Losses;

/// <summary>
/// Koch et al.'s verification loss (BCE on the weighted-L1 head's logit) over EVERY pair of a batch of B
/// embeddings: B(B−1)/2 pairs for the price of encoding B images, instead of B/2 pairs for B images when
/// pairs are drawn one by one. Similar pairs are rare in such a batch (K images of each class give K(K−1)/2
/// per class), so the two kinds are averaged separately and weighted equally:
/// L = ½·mean over similar pairs + ½·mean over dissimilar pairs of −[y·log σ(z) + (1 − y)·log(1 − σ(z))],
/// the balance Koch's half-similar pair sampling gives. Embeddings [B, D], classes [B] (int64) → scalar.
/// </summary>
public static class InBatchPairBceLoss
{
    /// <summary>The balanced BCE over all pairs i &lt; j of the batch, scored by <paramref name="head"/> (a logit head).</summary>
    public static Tensor Compute(PairHead head, Tensor embeddings, Tensor classes)
    {
        ArgumentNullException.ThrowIfNull(head);
        LossChecks.EmbeddingBatch(embeddings, classes);
        var count = embeddings.shape[0];
        if (count < 2)
        {
            throw new ArgumentException("A batch needs at least two embeddings to form a pair.", nameof(embeddings));
        }
        using var scope = NewDisposeScope();
        var (left, right) = PairIndices(count, embeddings.device);
        var logit = head.call(embeddings.index_select(0, left), embeddings.index_select(0, right));
        var same = classes.index_select(0, left).eq(classes.index_select(0, right)).to(logit.dtype);
        var different = 1 - same;
        var weight = same / (same.sum().clamp_min(1) * 2) + different / (different.sum().clamp_min(1) * 2);
        return nn.functional.binary_cross_entropy_with_logits(logit, same, weight, nn.Reduction.Sum).MoveToOuterDisposeScope();
    }

    /// <summary>The indices (i, j), i &lt; j, of all pairs of <paramref name="count"/> items, row by row.</summary>
    public static (Tensor Left, Tensor Right) PairIndices(long count, Device? device = null)
    {
        var pairs = checked((int)(count * (count - 1) / 2));
        var left = new long[pairs];
        var right = new long[pairs];
        var k = 0;
        for (long i = 0; i < count; i++)
        {
            for (var j = i + 1; j < count; j++)
            {
                left[k] = i;
                right[k++] = j;
            }
        }
        return (tensor(left, [pairs], device: device), tensor(right, [pairs], device: device));
    }
}
