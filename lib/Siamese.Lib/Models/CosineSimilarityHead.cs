using Siamese.Lib.Evaluation;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Models;

/// <summary>Cosine similarity a·b / (‖a‖‖b‖) per pair, in [−1, 1]: [batch, features] × 2 → [batch]. Higher means same.</summary>
public sealed class CosineSimilarityHead : PairHead
{
    /// <summary>PyTorch's default ε for <c>cosine_similarity</c>.</summary>
    public const double DefaultEpsilon = 1e-8;

    /// <summary>Creates the head (no parameters).</summary>
    public CosineSimilarityHead(double epsilon = DefaultEpsilon) : base(nameof(CosineSimilarityHead))
    {
        Epsilon = epsilon;
    }

    /// <summary>The ε that bounds the norms away from zero.</summary>
    public double Epsilon { get; }

    /// <inheritdoc />
    public override ScoreDirection Direction => ScoreDirection.HigherMeansSame;

    /// <inheritdoc />
    public override Tensor forward(Tensor left, Tensor right)
    {
        CheckPair(left, right);
        return nn.functional.cosine_similarity(left, right, 1, Epsilon);
    }
}
