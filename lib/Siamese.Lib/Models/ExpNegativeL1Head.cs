using Siamese.Lib.Evaluation;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Models;

/// <summary>
/// MaLSTM's similarity exp(−‖a − b‖₁) ∈ (0, 1] (Mueller &amp; Thyagarajan 2016): [batch, features] × 2 → [batch].
/// Higher means same; trained with MSE against (score − 1)/4.
/// </summary>
public sealed class ExpNegativeL1Head : PairHead
{
    /// <summary>Creates the head (no parameters).</summary>
    public ExpNegativeL1Head() : base(nameof(ExpNegativeL1Head))
    {
    }

    /// <inheritdoc />
    public override ScoreDirection Direction => ScoreDirection.HigherMeansSame;

    /// <inheritdoc />
    public override Tensor forward(Tensor left, Tensor right)
    {
        CheckPair(left, right);
        using var scope = NewDisposeScope();
        return (left - right).abs().sum(-1).neg().exp().MoveToOuterDisposeScope();
    }
}
