namespace Siamese.Lib.Evaluation;

/// <summary>One operating point of a ROC curve.</summary>
/// <param name="FalsePositiveRate">Fraction of "different" pairs called "same", in [0, 1].</param>
/// <param name="TruePositiveRate">Fraction of "same" pairs called "same" (recall), in [0, 1].</param>
/// <param name="Threshold">The inclusive score cut that gives this point (±∞ for the end points).</param>
public readonly record struct RocPoint(double FalsePositiveRate, double TruePositiveRate, double Threshold);
