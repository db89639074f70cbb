using Siamese.Lib.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Losses;

/// <summary>
/// Trains the pair head the way the one-shot test uses it: every image of a batch takes a turn as the query, the
/// head scores it against the other B − 1 images, and the loss is the negative log of the softmax probability
/// the query gives to the images of its own class. A batch of a few alphabets × characters × 2 drawers is then
/// B small (B − 1)-way one-shot trials with hard within-alphabet distractors, the task Lake's 20-way runs ask for
/// ("train as you test": Vinyals et al. 2016; with one positive per query it is Sohn's 2016 N-pair loss).
/// Koch et al. (2015) train the same head with BCE on independent pairs (<see cref="InBatchPairBceLoss"/>);
/// notebook 05 measures both. For query i with logits z_ij (j ≠ i) and positives P(i):
/// L_i = logsumexp_{j≠i} z_ij − logsumexp_{j∈P(i)} z_ij, averaged over the queries that have a positive.
/// Embeddings [B, D], classes [B] (int64) → scalar. The head's bias cancels in the softmax.
/// </summary>
public static class InBatchOneShotLoss
{
    /// <summary>
    /// The mean one-shot softmax loss of the batch, scored by <paramref name="head"/> (higher logit = more alike).
    /// The head must be symmetric in its two inputs, as the weighted-L1, L1, L2 and cosine heads are: each pair is
    /// scored once and used for both of its images as queries.
    /// </summary>
    public static Tensor Compute(PairHead head, Tensor embeddings, Tensor classes)
    {
        ArgumentNullException.ThrowIfNull(head);
        LossChecks.EmbeddingBatch(embeddings, classes);
        var count = embeddings.shape[0];
        using var scope = NewDisposeScope();
        var self = eye(count, dtype: ScalarType.Bool, device: embeddings.device);
        var same = classes.unsqueeze(1).eq(classes.unsqueeze(0)).masked_fill(self, false);
        var hasPositive = same.any(1);
        if (!hasPositive.any().item<bool>())
        {
            throw new ArgumentException("No image of the batch shares its class with another: a one-shot loss needs at least two images of one class.", nameof(classes));
        }
        // The head is symmetric: score the B(B−1)/2 pairs i < j once, then spread them over the [B, B] matrix
        // (the diagonal reads a padding 0 and is masked below).
        var (left, right) = InBatchPairBceLoss.PairIndices(count, embeddings.device);
        var pairLogits = head.call(embeddings.index_select(0, left), embeddings.index_select(0, right));
        var logits = cat([pairLogits, zeros([1], dtype: pairLogits.dtype, device: pairLogits.device)])
            .index_select(0, SymmetricLayout(count, embeddings.device)).reshape(count, count);
        var candidates = logits.masked_fill(self, double.NegativeInfinity);
        // Queries without a positive get "every candidate" as positives: their term is exactly 0 and stays finite.
        var positives = same.logical_or(hasPositive.logical_not().unsqueeze(1).logical_and(self.logical_not()));
        var perQuery = candidates.logsumexp(1) - logits.masked_fill(positives.logical_not(), double.NegativeInfinity).logsumexp(1);
        return (perQuery.sum() / hasPositive.sum()).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// For every cell (i, j) of a B × B matrix, the index of pair (min, max) in <see cref="InBatchPairBceLoss.PairIndices"/>'
    /// row-by-row order, and B(B−1)/2 (one past the last pair) on the diagonal.
    /// </summary>
    public static Tensor SymmetricLayout(long count, Device? device = null)
    {
        var pairs = count * (count - 1) / 2;
        var layout = new long[count * count];
        for (long i = 0; i < count; i++)
        {
            for (long j = 0; j < count; j++)
            {
                var (a, b) = i < j ? (i, j) : (j, i);
                layout[i * count + j] = i == j ? pairs : a * (2 * count - a - 1) / 2 + (b - a - 1);
            }
        }
        return tensor(layout, [count * count], device: device);
    }
}
