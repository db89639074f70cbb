using Siamese.Lib.Evaluation;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Models;

/// <summary>Manhattan distance Σ|a − b| per pair: [batch, features] × 2 → [batch]. Lower means same.</summary>
public sealed class L1DistanceHead : PairHead
{
    /// <summary>Creates the head (no parameters).</summary>
    public L1DistanceHead() : base(nameof(L1DistanceHead))
    {
    }

    /// <inheritdoc />
    public override ScoreDirection Direction => ScoreDirection.LowerMeansSame;

    /// <inheritdoc />
    public override Tensor forward(Tensor left, Tensor right)
    {
        CheckPair(left, right);
        using var scope = NewDisposeScope();
        return (left - right).abs().sum(-1).MoveToOuterDisposeScope();
    }
}
