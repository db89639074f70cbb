namespace Siamese.Lib.Data;

/// <summary>
/// Which label marks a similar (same-class) pair. Shared by the pair sampler and the losses, because the
/// literature disagrees: Hadsell, Chopra &amp; LeCun (2006) write the contrastive loss with <b>Y = 0 for
/// similar</b> pairs, while Koch et al. (2015) and most BCE/verification code use <b>1 for similar</b>.
/// Mixing the two silently trains the network to push matching pairs apart, so every API that produces or
/// consumes pair labels takes this enum explicitly.
/// </summary>
public enum PairLabelConvention
{
    /// <summary>Similar pairs are labelled 1, dissimilar 0 (Koch et al. 2015; BCE on "same?" probabilities).</summary>
    SimilarIsOne,

    /// <summary>Similar pairs are labelled 0, dissimilar 1 (Hadsell et al. 2006 contrastive loss).</summary>
    SimilarIsZero,
}

/// <summary>Conversions between similarity and label values under a <see cref="PairLabelConvention"/>.</summary>
public static class PairLabelConventionExtensions
{
    /// <summary>The label (0 or 1) of a pair that is <paramref name="similar"/> or not.</summary>
    public static float LabelFor(this PairLabelConvention convention, bool similar) =>
        (convention == PairLabelConvention.SimilarIsOne) == similar ? 1f : 0f;

    /// <summary>Whether <paramref name="label"/> (0 or 1) means "similar".</summary>
    public static bool IsSimilar(this PairLabelConvention convention, float label) =>
        convention == PairLabelConvention.SimilarIsOne ? label >= 0.5f : label < 0.5f;
}
