namespace Siamese.Lib.Evaluation;

/// <summary>
/// Pair verification ("same or different?") accuracy. The threshold is always chosen on one set
/// (validation) and applied to another (test): tuning it on test would report an optimistic number.
/// </summary>
public static class Verification
{
    /// <summary>
    /// Accuracy of the rule "same iff score is on the same side of <paramref name="threshold"/>" (inclusive).
    /// </summary>
    /// <param name="scores">One score per pair.</param>
    /// <param name="isSame">Ground truth per pair: true when both items share a class.</param>
    /// <param name="threshold">The cut.</param>
    /// <param name="direction">Whether low or high scores mean "same".</param>
    /// <returns>Fraction correct, in [0, 1].</returns>
    public static double Accuracy(IReadOnlyList<double> scores, IReadOnlyList<bool> isSame, double threshold, ScoreDirection direction)
    {
        ScoreChecks.SameNonEmptyLength(scores.Count, isSame.Count, nameof(scores), nameof(isSame));
        ScoreChecks.Finite(scores, nameof(scores));
        var correct = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            var predictedSame = direction == ScoreDirection.LowerMeansSame ? scores[i] <= threshold : scores[i] >= threshold;
            if (predictedSame == isSame[i])
            {
                correct++;
            }
        }
        return (double)correct / scores.Count;
    }

    /// <summary>
    /// The threshold with the highest accuracy on these pairs. Candidates are every observed score
    /// (inclusive cut) plus one cut that calls every pair "different"; an exact sweep over the sorted
    /// scores, O(n log n). The returned cut is the middle of the interval of equally accurate cuts
    /// (e.g. halfway between the last "same" score and the first "different" one on separable data),
    /// so that it generalises rather than hugging one validation example.
    /// </summary>
    /// <param name="scores">One score per pair.</param>
    /// <param name="isSame">Ground truth per pair.</param>
    /// <param name="direction">Whether low or high scores mean "same".</param>
    public static ThresholdChoice ChooseThreshold(IReadOnlyList<double> scores, IReadOnlyList<bool> isSame, ScoreDirection direction)
    {
        ScoreChecks.SameNonEmptyLength(scores.Count, isSame.Count, nameof(scores), nameof(isSame));
        ScoreChecks.Finite(scores, nameof(scores));
        var n = scores.Count;
        // Work in "oriented" scores o = ±score where "same" means o >= cut; distinct values descending.
        var order = Enumerable.Range(0, n).OrderByDescending(i => ScoreChecks.Oriented(scores[i], direction)).ToArray();
        var positives = isSame.Count(s => s);
        var negatives = n - positives;

        // Cut above every score: everything "different", correct = negatives.
        var bestCorrect = negatives;
        var bestFirst = -1;
        var bestLast = -1;
        var truePositives = 0;
        var falsePositives = 0;
        var groupIndex = 0;
        var groupValues = new List<double>();
        for (var k = 0; k < n;)
        {
            var value = ScoreChecks.Oriented(scores[order[k]], direction);
            while (k < n && ScoreChecks.Oriented(scores[order[k]], direction) == value)
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
            groupValues.Add(value);
            var correct = truePositives + (negatives - falsePositives);
            if (correct > bestCorrect)
            {
                bestCorrect = correct;
                bestFirst = bestLast = groupIndex;
            }
            else if (correct == bestCorrect && bestLast == groupIndex - 1)
            {
                bestLast = groupIndex;
            }
            groupIndex++;
        }

        // Every cut strictly between the run's lowest candidate's lower neighbour and its highest
        // candidate gives the best accuracy; take the middle of that interval. Off the ends of the
        // observed range, one typical gap stands in for the missing neighbour.
        var count = groupValues.Count;
        var typicalGap = count > 1 ? (groupValues[0] - groupValues[count - 1]) / (count - 1) : 1.0;
        var upper = bestFirst < 0 ? groupValues[0] + typicalGap : groupValues[bestFirst];
        var lower = bestLast + 1 < count ? groupValues[bestLast + 1] : groupValues[count - 1] - typicalGap;
        var oriented = (upper + lower) / 2;
        var threshold = direction == ScoreDirection.HigherMeansSame ? oriented : -oriented;
        return new ThresholdChoice(threshold, (double)bestCorrect / n, direction);
    }

    /// <summary>
    /// Chooses the threshold on the validation pairs and reports the accuracy of that same threshold on the test pairs.
    /// </summary>
    public static VerificationResult Evaluate(
        IReadOnlyList<double> validationScores, IReadOnlyList<bool> validationIsSame,
        IReadOnlyList<double> testScores, IReadOnlyList<bool> testIsSame,
        ScoreDirection direction)
    {
        var choice = ChooseThreshold(validationScores, validationIsSame, direction);
        var test = Accuracy(testScores, testIsSame, choice.Threshold, direction);
        return new VerificationResult(choice.Threshold, choice.Accuracy, test, direction);
    }
}
