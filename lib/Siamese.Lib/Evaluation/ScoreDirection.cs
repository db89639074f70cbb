namespace Siamese.Lib.Evaluation;

/// <summary>
/// Which way a pair score points. Distances (L1, L2, contrastive embeddings) are small for a
/// matching pair; similarities and logits (cosine, exp(−L1), Koch's sigmoid head) are large.
/// Every metric here takes the direction explicitly so one code path serves both kinds of head.
/// </summary>
public enum ScoreDirection
{
    /// <summary>A smaller score means "same" (a distance).</summary>
    LowerMeansSame,

    /// <summary>A larger score means "same" (a similarity, probability or logit).</summary>
    HigherMeansSame,
}
