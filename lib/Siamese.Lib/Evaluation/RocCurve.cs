namespace Siamese.Lib.Evaluation;

/// <summary>
/// The receiver operating characteristic of a pair scorer: true-positive rate against
/// false-positive rate as the threshold sweeps over every observed score, and the area under it.
/// Pairs with equal scores enter together, so ties give a diagonal segment (worth half credit),
/// the same convention as scikit-learn's <c>roc_curve</c>/<c>roc_auc_score</c>.
/// </summary>
public sealed class RocCurve
{
    private RocCurve(IReadOnlyList<RocPoint> points, double auc)
    {
        Points = points;
        Auc = auc;
    }

    /// <summary>Points from (0, 0) to (1, 1), one per distinct score plus the two end points.</summary>
    public IReadOnlyList<RocPoint> Points { get; }

    /// <summary>
    /// Area under the curve (trapezoids): the probability that a random "same" pair scores as more
    /// similar than a random "different" pair, ties counting one half. 0.5 is chance, 1 is perfect.
    /// </summary>
    public double Auc { get; }

    /// <summary>Computes the curve. Both classes must be present (otherwise one of the rates is undefined).</summary>
    /// <param name="scores">One score per pair.</param>
    /// <param name="isSame">Ground truth per pair.</param>
    /// <param name="direction">Whether low or high scores mean "same".</param>
    public static RocCurve Compute(IReadOnlyList<double> scores, IReadOnlyList<bool> isSame, ScoreDirection direction)
    {
        ScoreChecks.SameNonEmptyLength(scores.Count, isSame.Count, nameof(scores), nameof(isSame));
        ScoreChecks.Finite(scores, nameof(scores));
        var positives = isSame.Count(s => s);
        var negatives = isSame.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            throw new ArgumentException(
                $"A ROC curve needs both kinds of pair; got {positives} 'same' and {negatives} 'different'.", nameof(isSame));
        }

        var order = Enumerable.Range(0, scores.Count)
            .OrderByDescending(i => ScoreChecks.Oriented(scores[i], direction))
            .ToArray();
        var startThreshold = direction == ScoreDirection.HigherMeansSame ? double.PositiveInfinity : double.NegativeInfinity;
        var points = new List<RocPoint> { new(0, 0, startThreshold) };
        var truePositives = 0;
        var falsePositives = 0;
        var area = 0.0;
        for (var k = 0; k < order.Length;)
        {
            var raw = scores[order[k]];
            var value = ScoreChecks.Oriented(raw, direction);
            while (k < order.Length && ScoreChecks.Oriented(scores[order[k]], direction) == value)
            {
                if (isSame[order[k]])
                {
                    truePositives++;
                }
                else
                {
                    falsePositives++;
                }
                k++;
            }
            var previous = points[^1];
            var point = new RocPoint((double)falsePositives / negatives, (double)truePositives / positives, raw);
            area += (point.FalsePositiveRate - previous.FalsePositiveRate) * (point.TruePositiveRate + previous.TruePositiveRate) / 2;
            points.Add(point);
        }
        return new RocCurve(points, area);
    }
}
