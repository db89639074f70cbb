using System.Text.Json;
using Siamese.Lib.Evaluation;

namespace Siamese.Lib.Tests.Golden;

/// <summary>
/// The metrics of Siamese.Lib.Evaluation against numpy versions of the usual definitions (evaluation.json):
/// scikit-learn's roc_curve(drop_intermediate: False) and trapezoidal AUC, the best accuracy over every threshold
/// (brute force), scipy's average ranks, Pearson, Spearman and the MSE. Everything is float64 on both sides:
/// counts and rates must agree exactly, sums to <see cref="GoldenAssert.DoubleTolerance"/>.
/// </summary>
public class EvaluationGoldenTests
{
    private const string File = "evaluation.json";

    public static TheoryData<string> Roc => GoldenData.Names(File, "roc");

    public static TheoryData<string> VerificationCases => GoldenData.Names(File, "verification");

    public static TheoryData<string> Regression => GoldenData.Names(File, "regression");

    [Theory]
    [MemberData(nameof(Roc))]
    public void RocCurveMatchesScikitLearn(string name)
    {
        var c = GoldenData.Case(File, "roc", name);
        var direction = Direction(c);
        var curve = RocCurve.Compute(GoldenData.Values(c.GetProperty("scores")), GoldenData.Bools(c.GetProperty("is_same")), direction);
        var fpr = GoldenData.Values(c.GetProperty("fpr"));
        var tpr = GoldenData.Values(c.GetProperty("tpr"));
        var thresholds = c.GetProperty("thresholds").EnumerateArray().ToArray();
        Assert.Equal(fpr.Length, curve.Points.Count);
        // Rates are ratios of the same integer counts on both sides: IEEE division makes them identical.
        Assert.Equal(fpr, curve.Points.Select(p => p.FalsePositiveRate));
        Assert.Equal(tpr, curve.Points.Select(p => p.TruePositiveRate));
        // The first point's threshold is ±∞ (nothing accepted); JSON stores it as null.
        Assert.Equal(JsonValueKind.Null, thresholds[0].ValueKind);
        Assert.Equal(direction == ScoreDirection.HigherMeansSame ? double.PositiveInfinity : double.NegativeInfinity, curve.Points[0].Threshold);
        Assert.Equal(thresholds.Skip(1).Select(t => t.GetDouble()), curve.Points.Skip(1).Select(p => p.Threshold));
        GoldenAssert.Close(c.GetProperty("auc").GetDouble(), curve.Auc, $"{name} AUC");
    }

    [Theory]
    [MemberData(nameof(VerificationCases))]
    public void VerificationAccuracyMatchesCounting(string name)
    {
        var c = GoldenData.Case(File, "verification", name);
        var direction = Direction(c);
        var scores = GoldenData.Values(c.GetProperty("scores"));
        var isSame = GoldenData.Bools(c.GetProperty("is_same"));
        var thresholds = GoldenData.Values(c.GetProperty("thresholds"));
        var accuracies = GoldenData.Values(c.GetProperty("accuracies"));
        for (var i = 0; i < thresholds.Length; i++)
        {
            // correct / n from the same integers: exact.
            Assert.Equal(accuracies[i], Verification.Accuracy(scores, isSame, thresholds[i], direction));
        }
        var best = c.GetProperty("best_accuracy").GetDouble();
        var choice = Verification.ChooseThreshold(scores, isSame, direction);
        Assert.Equal(best, choice.Accuracy);
        // The chosen threshold really reaches that accuracy (it lies strictly inside an optimal interval).
        Assert.Equal(best, Verification.Accuracy(scores, isSame, choice.Threshold, direction));
    }

    [Theory]
    [MemberData(nameof(Regression))]
    public void RegressionMetricsMatchNumpy(string name)
    {
        var c = GoldenData.Case(File, "regression", name);
        var predictions = GoldenData.Values(c.GetProperty("predictions"));
        var targets = GoldenData.Values(c.GetProperty("targets"));
        // Average ranks of ties are multiples of ½: exact.
        Assert.Equal(GoldenData.Values(c.GetProperty("ranks_predictions")), Correlation.Ranks(predictions));
        var metrics = RegressionMetrics.Compute(predictions, targets);
        GoldenAssert.Close(c.GetProperty("pearson").GetDouble(), metrics.Pearson, $"{name} Pearson");
        GoldenAssert.Close(c.GetProperty("spearman").GetDouble(), metrics.Spearman, $"{name} Spearman");
        GoldenAssert.Close(c.GetProperty("mse").GetDouble(), metrics.MeanSquaredError, $"{name} MSE");
    }

    private static ScoreDirection Direction(JsonElement c) => Enum.Parse<ScoreDirection>(c.GetProperty("direction").GetString()!);
}
