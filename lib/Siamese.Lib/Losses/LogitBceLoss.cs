using Siamese.Lib.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Losses;

/// <summary>
/// Binary cross-entropy on a logit head (Koch et al. 2015: weighted L1 then a sigmoid), averaged over
/// the batch: L = −[y·log σ(z) + (1 − y)·log(1 − σ(z))] with y = 1 for "same". Computed from the logit z as
/// max(z, 0) − z·y + log(1 + e^(−|z|)), which never takes the log of 0, so a confident wrong answer costs a
/// large finite loss instead of ∞ (the divergence a sigmoid-then-BCE pipeline shows).
/// </summary>
public sealed class LogitBceLoss : nn.Module<Tensor, Tensor, Tensor>
{
    /// <summary>Creates the loss.</summary>
    /// <param name="convention">
    /// How labels are read. Default <see cref="PairLabelConvention.SimilarIsOne"/>: a logit head predicts the
    /// probability of "same", so 1 = same is the natural target (labels in Hadsell's convention are flipped).
    /// </param>
    /// <param name="validateLabels">Check labels are 0/1 on each call (one device read); default true, see <see cref="ContrastiveLoss"/>.</param>
    public LogitBceLoss(PairLabelConvention convention = PairLabelConvention.SimilarIsOne, bool validateLabels = true) : base(nameof(LogitBceLoss))
    {
        Convention = convention;
        ValidateLabels = validateLabels;
    }

    /// <summary>How the labels are read.</summary>
    public PairLabelConvention Convention { get; }

    /// <summary>Whether labels are checked to be 0/1 on each call.</summary>
    public bool ValidateLabels { get; }

    /// <summary>The mean loss.</summary>
    /// <param name="logit">Shape [batch]: the head's logit (higher = more likely the same), not a probability and not a distance.</param>
    /// <param name="label">Shape [batch]: 0/1 labels in <see cref="Convention"/>.</param>
    public override Tensor forward(Tensor logit, Tensor label)
    {
        LossChecks.PairBatch(logit, label, nameof(logit), nameof(label), "logits");
        if (ValidateLabels)
        {
            LossChecks.BinaryLabels(label, Convention, nameof(label));
        }
        using var scope = NewDisposeScope();
        var y = label.to(logit.dtype);
        var same = Convention == PairLabelConvention.SimilarIsOne ? y : 1 - y;
        return nn.functional.binary_cross_entropy_with_logits(logit, same).MoveToOuterDisposeScope();
    }
}
