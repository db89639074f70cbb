namespace Siamese.Lib.Experiments;

/// <summary>What a <see cref="VerificationRecipe"/> trains the encoder with.</summary>
public enum TrainingObjective
{
    /// <summary>Contrastive loss (Hadsell et al. 2006) on balanced pairs, Euclidean distance, label 0 = similar.</summary>
    Contrastive,

    /// <summary>Triplet loss on P × K class batches, hardest positive and negative per anchor (Hermans et al. 2017).</summary>
    TripletBatchHard,

    /// <summary>Triplet loss on P × K class batches, semi-hard negatives (FaceNet, Schroff et al. 2015).</summary>
    TripletSemiHard,
}
