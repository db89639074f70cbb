using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Losses;

/// <summary>
/// The MaLSTM training loss (Mueller &amp; Thyagarajan 2016): mean squared error between the predicted
/// similarity exp(−‖h₁ − h₂‖₁) ∈ (0, 1] and the gold relatedness score mapped to the same range,
/// (score − <see cref="MinScore"/>) / (<see cref="MaxScore"/> − <see cref="MinScore"/>) = (score − 1)/4 for SICK.
/// </summary>
public sealed class MaLstmMseLoss : nn.Module<Tensor, Tensor, Tensor>
{
    /// <summary>Creates the loss for scores on [<paramref name="minScore"/>, <paramref name="maxScore"/>].</summary>
    /// <param name="minScore">Lowest gold score; default 1 (SICK and the paper).</param>
    /// <param name="maxScore">Highest gold score; default 5 (SICK; STS-B uses 0–5).</param>
    /// <param name="validateScores">Check every score lies in the range on each call (one device read); default true.</param>
    public MaLstmMseLoss(double minScore = 1.0, double maxScore = 5.0, bool validateScores = true) : base(nameof(MaLstmMseLoss))
    {
        if (!(maxScore > minScore) || !double.IsFinite(minScore) || !double.IsFinite(maxScore))
        {
            throw new ArgumentException($"The score range [{minScore}, {maxScore}] must be finite and non-empty.");
        }
        MinScore = minScore;
        MaxScore = maxScore;
        ValidateScores = validateScores;
    }

    /// <summary>Lowest gold score.</summary>
    public double MinScore { get; }

    /// <summary>Highest gold score.</summary>
    public double MaxScore { get; }

    /// <summary>Whether scores are range-checked.</summary>
    public bool ValidateScores { get; }

    /// <summary>Gold score → target similarity in [0, 1].</summary>
    public Tensor ScoreToTarget(Tensor score) => (score - MinScore) / (MaxScore - MinScore);

    /// <summary>Predicted similarity in (0, 1] → a score on the gold scale (how the paper reports MSE).</summary>
    public Tensor SimilarityToScore(Tensor similarity) => similarity * (MaxScore - MinScore) + MinScore;

    /// <summary>The mean squared error in similarity units.</summary>
    /// <param name="similarity">Shape [batch]: exp(−L1) similarities.</param>
    /// <param name="score">Shape [batch]: gold scores on [MinScore, MaxScore].</param>
    public override Tensor forward(Tensor similarity, Tensor score)
    {
        LossChecks.PairBatch(similarity, score, nameof(similarity), nameof(score), "similarities");
        if (ValidateScores)
        {
            using var check = NewDisposeScope();
            if (score.lt(MinScore).logical_or(score.gt(MaxScore)).any().item<bool>())
            {
                throw new ArgumentException(
                    $"{nameof(score)} holds a value outside [{MinScore}, {MaxScore}]; pass gold relatedness scores, not 0/1 pair labels or already-scaled targets.",
                    nameof(score));
            }
        }
        using var scope = NewDisposeScope();
        var target = ScoreToTarget(score.to(similarity.dtype));
        return (similarity - target).square().mean().MoveToOuterDisposeScope();
    }
}
