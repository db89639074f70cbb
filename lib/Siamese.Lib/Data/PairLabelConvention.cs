namespace Siamese.Lib.Data;

/// <summary>
/// What the 0/1 label of a pair means. The literature uses both: Hadsell, Chopra &amp; LeCun (2006) write
/// Y = 0 for a similar pair and Y = 1 for a dissimilar one (the contrastive loss's default here), while
/// Koch et al. (2015) and every BCE/logit head use 1 = "same" (a probability of being the same class).
/// Samplers emit labels in one convention and losses read them in one; both take this enum so that a
/// mismatch is a visible argument, not a silent sign flip.
/// </summary>
public enum PairLabelConvention
{
    /// <summary>0 = similar (same class), 1 = dissimilar: Hadsell et al. 2006.</summary>
    SimilarIsZero,

    /// <summary>1 = similar (same class), 0 = dissimilar: Koch et al. 2015, BCE heads.</summary>
    SimilarIsOne,
}
