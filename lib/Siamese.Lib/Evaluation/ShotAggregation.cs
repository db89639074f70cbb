namespace Siamese.Lib.Evaluation;

/// <summary>How the k scores of one candidate class (one per support example) become one score in k-shot evaluation.</summary>
public enum ShotAggregation
{
    /// <summary>Average of the k scores (a prototype-like vote).</summary>
    Mean,

    /// <summary>The most similar of the k scores (nearest neighbour over the support set).</summary>
    Best,
}
