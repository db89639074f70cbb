namespace Siamese.Lib.Evaluation;

/// <summary>
/// A decision threshold for pair verification and the accuracy it reaches on the data it was chosen on.
/// A pair is predicted "same" when its score is at or below the threshold for
/// <see cref="ScoreDirection.LowerMeansSame"/>, at or above it for <see cref="ScoreDirection.HigherMeansSame"/>.
/// </summary>
/// <param name="Threshold">The score cut.</param>
/// <param name="Accuracy">Fraction of pairs classified correctly at that cut, in [0, 1].</param>
/// <param name="Direction">Which side of the cut means "same".</param>
public sealed record ThresholdChoice(double Threshold, double Accuracy, ScoreDirection Direction);
