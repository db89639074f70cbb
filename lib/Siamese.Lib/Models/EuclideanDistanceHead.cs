using Siamese.Lib.Evaluation;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Models;

/// <summary>
/// Euclidean distance ‖a − b + ε‖₂ per pair, as PyTorch's <c>F.pairwise_distance</c> (ε = 1e-6 keeps the gradient
/// finite for identical embeddings): [batch, features] × 2 → [batch]. Lower means same; the distance the
/// contrastive loss expects.
/// </summary>
public sealed class EuclideanDistanceHead : PairHead
{
    /// <summary>PyTorch's default ε for <c>pairwise_distance</c>.</summary>
    public const double DefaultEpsilon = 1e-6;

    /// <summary>Creates the head (no parameters).</summary>
    public EuclideanDistanceHead(double epsilon = DefaultEpsilon) : base(nameof(EuclideanDistanceHead))
    {
        Epsilon = epsilon;
    }

    /// <summary>The ε added to the difference.</summary>
    public double Epsilon { get; }

    /// <inheritdoc />
    public override ScoreDirection Direction => ScoreDirection.LowerMeansSame;

    /// <inheritdoc />
    public override Tensor forward(Tensor left, Tensor right)
    {
        CheckPair(left, right);
        return nn.functional.pairwise_distance(left, right, 2.0, Epsilon);
    }
}
