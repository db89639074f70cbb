namespace Siamese.Lib.Losses;

/// <summary>How <see cref="BatchTripletLoss"/> forms triplets from a labelled batch of embeddings.</summary>
public enum TripletMining
{
    /// <summary>
    /// Every valid (anchor, positive, negative), averaged over the triplets whose loss is still positive
    /// (Hermans, Beyer &amp; Leibe 2017, "batch all"): easy triplets would otherwise dilute the mean to zero.
    /// </summary>
    BatchAll,

    /// <summary>For each anchor, its farthest positive and nearest negative (Hermans et al. 2017, "batch hard").</summary>
    BatchHard,

    /// <summary>
    /// For each (anchor, positive), the nearest negative that is still farther than the positive
    /// (FaceNet, Schroff et al. 2015, eq. 4); when none is, the farthest negative — the rule of TensorFlow's
    /// <c>triplet_semihard_loss</c>.
    /// </summary>
    SemiHard,
}
