using Siamese.Lib.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Losses;

/// <summary>
/// The contrastive loss of Hadsell, Chopra &amp; LeCun (2006, eq. 4), averaged over the batch:
/// L = (1 − Y)·½·D² + Y·½·max(0, m − D)², with Y = 1 for a dissimilar pair under
/// <see cref="PairLabelConvention.SimilarIsZero"/> (the paper's convention and the default here).
/// Similar pairs are pulled together; dissimilar pairs are pushed apart until they are at least the
/// margin m away, after which they cost nothing.
/// The popular PyTorch tutorial drops the ½ factors, so its loss (and gradient) is exactly twice this one
/// at the same margin: equivalent to doubling the learning rate.
/// </summary>
public sealed class ContrastiveLoss : nn.Module<Tensor, Tensor, Tensor>
{
    /// <summary>Creates the loss.</summary>
    /// <param name="margin">
    /// m &gt; 0, in the units of the distance. Default 1: embeddings fresh from initialisation lie at
    /// distances of order 1, so a margin of 1 asks for a separation the network can reach; rescale it with
    /// the embedding's norm (or normalise the embeddings) rather than the other way round.
    /// </param>
    /// <param name="convention">How to read the labels; default Hadsell's (0 = similar).</param>
    /// <param name="validateLabels">
    /// Check that labels are 0/1 on each call. Default true: a wrong convention or a regression score
    /// trains silently to nonsense otherwise. Costs one device-to-host read per call; turn it off in a GPU
    /// loop whose sampler is trusted.
    /// </param>
    public ContrastiveLoss(double margin = 1.0, PairLabelConvention convention = PairLabelConvention.SimilarIsZero, bool validateLabels = true)
        : base(nameof(ContrastiveLoss))
    {
        if (!(margin > 0) || !double.IsFinite(margin))
        {
            throw new ArgumentOutOfRangeException(nameof(margin), margin, "The contrastive margin must be a positive, finite distance.");
        }
        Margin = margin;
        Convention = convention;
        ValidateLabels = validateLabels;
    }

    /// <summary>The margin m.</summary>
    public double Margin { get; }

    /// <summary>How the labels are read.</summary>
    public PairLabelConvention Convention { get; }

    /// <summary>Whether labels are checked to be 0/1 on each call.</summary>
    public bool ValidateLabels { get; }

    /// <summary>The mean loss over the batch.</summary>
    /// <param name="distance">Shape [batch]: the distance between the two embeddings of each pair (e.g. from <c>PairDistance</c>).</param>
    /// <param name="label">Shape [batch]: 0/1 labels in <see cref="Convention"/>; any numeric dtype.</param>
    /// <returns>A scalar tensor.</returns>
    public override Tensor forward(Tensor distance, Tensor label)
    {
        LossChecks.PairBatch(distance, label, nameof(distance), nameof(label), "pair distances");
        if (ValidateLabels)
        {
            LossChecks.BinaryLabels(label, Convention, nameof(label));
        }
        using var scope = NewDisposeScope();
        var y = label.to(distance.dtype);
        var dissimilar = Convention == PairLabelConvention.SimilarIsZero ? y : 1 - y;
        var similar = 1 - dissimilar;
        var pull = similar * distance.square();
        var push = dissimilar * (Margin - distance).clamp_min(0).square();
        return ((pull + push) * 0.5).mean().MoveToOuterDisposeScope();
    }
}
