namespace Siamese.Lib.Evaluation;

/// <summary>
/// The three numbers the MaLSTM paper reports for SICK relatedness (Mueller &amp; Thyagarajan 2016, Table 2),
/// computed on predictions and gold scores in the same units (the paper uses the 1–5 scale).
/// </summary>
/// <param name="Pearson">Pearson's r.</param>
/// <param name="Spearman">Spearman's ρ.</param>
/// <param name="MeanSquaredError">Mean of (prediction − gold)².</param>
public sealed record RegressionMetrics(double Pearson, double Spearman, double MeanSquaredError)
{
    /// <summary>Mean squared error, Σ(pᵢ − gᵢ)² / n.</summary>
    public static double Mse(IReadOnlyList<double> predictions, IReadOnlyList<double> targets)
    {
        ScoreChecks.SameNonEmptyLength(predictions.Count, targets.Count, nameof(predictions), nameof(targets));
        ScoreChecks.Finite(predictions, nameof(predictions));
        ScoreChecks.Finite(targets, nameof(targets));
        var sum = 0.0;
        for (var i = 0; i < predictions.Count; i++)
        {
            var d = predictions[i] - targets[i];
            sum += d * d;
        }
        return sum / predictions.Count;
    }

    /// <summary>All three metrics at once.</summary>
    public static RegressionMetrics Compute(IReadOnlyList<double> predictions, IReadOnlyList<double> targets) =>
        new(Correlation.Pearson(predictions, targets), Correlation.Spearman(predictions, targets), Mse(predictions, targets));
}
