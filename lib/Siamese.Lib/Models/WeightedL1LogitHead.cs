using Siamese.Lib.Evaluation;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Models;

/// <summary>
/// Koch et al.'s head: a learned weighting of the component-wise L1 distance, z = Σ αⱼ|aⱼ − bⱼ| + β, returned as a
/// logit (apply a sigmoid for the paper's probability p = σ(z)). Returning the logit lets the loss use the stable
/// with-logits BCE. [batch, features] × 2 → [batch]; higher means same.
/// </summary>
public sealed class WeightedL1LogitHead : PairHead
{
    private readonly nn.Module<Tensor, Tensor> weights;

    /// <summary>Creates the head for embeddings of <paramref name="features"/> values.</summary>
    public WeightedL1LogitHead(long features) : base(nameof(WeightedL1LogitHead))
    {
        weights = nn.Linear(features, 1);
        RegisterComponents();
    }

    /// <inheritdoc />
    public override ScoreDirection Direction => ScoreDirection.HigherMeansSame;

    /// <inheritdoc />
    public override Tensor forward(Tensor left, Tensor right)
    {
        CheckPair(left, right);
        using var scope = NewDisposeScope();
        return weights.call((left - right).abs()).squeeze(-1).MoveToOuterDisposeScope();
    }
}
