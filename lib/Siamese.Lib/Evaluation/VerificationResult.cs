namespace Siamese.Lib.Evaluation;

/// <summary>
/// Verification accuracy reported the honest way: the threshold was chosen on validation pairs
/// and then applied unchanged to test pairs.
/// </summary>
/// <param name="Threshold">The cut chosen on validation.</param>
/// <param name="ValidationAccuracy">Accuracy on the validation pairs (optimistic: the cut was tuned there).</param>
/// <param name="TestAccuracy">Accuracy on the test pairs at the same cut (the number to report).</param>
/// <param name="Direction">Which side of the cut means "same".</param>
public sealed record VerificationResult(double Threshold, double ValidationAccuracy, double TestAccuracy, ScoreDirection Direction);
