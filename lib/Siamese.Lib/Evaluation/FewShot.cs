namespace Siamese.Lib.Evaluation;

/// <summary>
/// N-way k-shot classification accuracy (Koch et al. 2015; Lake's 20-way one-shot runs): each trial
/// scores one query against N candidate classes and is correct when the true class scores best.
/// Works for any scorer (a distance between embeddings or a logit head) through
/// <see cref="ScoreDirection"/>. A tie for the best score earns 1/(number tied) of a trial, the expected
/// value of breaking the tie at random, so a constant scorer measures chance (1/N) and never more.
/// </summary>
public static class FewShot
{
    /// <summary>One-shot (k = 1) accuracy from a score matrix.</summary>
    /// <param name="scores">Shape [trials, N]: scores[t, c] compares trial t's query with candidate class c.</param>
    /// <param name="correct">Length trials: the index of the true class in each trial, in [0, N).</param>
    /// <param name="direction">Whether low or high scores mean "same".</param>
    /// <returns>Mean accuracy over trials, in [0, 1].</returns>
    public static double Accuracy(double[,] scores, IReadOnlyList<int> correct, ScoreDirection direction)
    {
        var trials = scores.GetLength(0);
        var ways = scores.GetLength(1);
        Check(trials, ways, correct);
        var total = 0.0;
        var row = new double[ways];
        for (var t = 0; t < trials; t++)
        {
            for (var c = 0; c < ways; c++)
            {
                row[c] = scores[t, c];
            }
            total += TrialCredit(row, correct[t], direction, t);
        }
        return total / trials;
    }

    /// <summary>k-shot accuracy: each candidate class has k support examples, aggregated per <paramref name="aggregation"/>.</summary>
    /// <param name="scores">Shape [trials, N, k]: the query of trial t against support example s of class c.</param>
    /// <param name="correct">Length trials: the index of the true class in each trial.</param>
    /// <param name="direction">Whether low or high scores mean "same".</param>
    /// <param name="aggregation">How the k scores of a class combine.</param>
    public static double Accuracy(double[,,] scores, IReadOnlyList<int> correct, ScoreDirection direction, ShotAggregation aggregation)
    {
        var trials = scores.GetLength(0);
        var ways = scores.GetLength(1);
        var shots = scores.GetLength(2);
        Check(trials, ways, correct);
        if (shots == 0)
        {
            throw new ArgumentException("Each class needs at least one support example (k >= 1).", nameof(scores));
        }
        var aggregated = new double[trials, ways];
        for (var t = 0; t < trials; t++)
        {
            for (var c = 0; c < ways; c++)
            {
                var sum = 0.0;
                var best = double.NegativeInfinity;
                for (var s = 0; s < shots; s++)
                {
                    var o = ScoreChecks.Oriented(scores[t, c, s], direction);
                    sum += o;
                    best = Math.Max(best, o);
                }
                var combined = aggregation == ShotAggregation.Mean ? sum / shots : best;
                aggregated[t, c] = direction == ScoreDirection.HigherMeansSame ? combined : -combined;
            }
        }
        return Accuracy(aggregated, correct, direction);
    }

    /// <summary>
    /// Accuracy of a scorer evaluated lazily: <paramref name="score"/>(t, c) gives the score of trial t's query
    /// against class c (e.g. a model call on a pair). Useful when the full matrix is built on the fly.
    /// </summary>
    public static double Accuracy(int trials, int ways, Func<int, int, double> score, IReadOnlyList<int> correct, ScoreDirection direction)
    {
        var matrix = new double[trials, ways];
        for (var t = 0; t < trials; t++)
        {
            for (var c = 0; c < ways; c++)
            {
                matrix[t, c] = score(t, c);
            }
        }
        return Accuracy(matrix, correct, direction);
    }

    private static void Check(int trials, int ways, IReadOnlyList<int> correct)
    {
        if (trials == 0)
        {
            throw new ArgumentException("No trials: N-way accuracy needs at least one.", nameof(correct));
        }
        if (ways < 2)
        {
            throw new ArgumentException($"An N-way trial needs N >= 2 candidate classes; got {ways}.", nameof(correct));
        }
        if (correct.Count != trials)
        {
            throw new ArgumentException($"{trials} trials but {correct.Count} correct-class indices.", nameof(correct));
        }
        for (var t = 0; t < trials; t++)
        {
            if (correct[t] < 0 || correct[t] >= ways)
            {
                throw new ArgumentOutOfRangeException(nameof(correct), $"correct[{t}] = {correct[t]} is not a class index in [0, {ways}).");
            }
        }
    }

    private static double TrialCredit(double[] row, int correct, ScoreDirection direction, int trial)
    {
        var best = double.NegativeInfinity;
        foreach (var v in row)
        {
            if (!double.IsFinite(v))
            {
                throw new ArgumentException($"Trial {trial} has a non-finite score {v} (did training diverge?).");
            }
            best = Math.Max(best, ScoreChecks.Oriented(v, direction));
        }
        if (ScoreChecks.Oriented(row[correct], direction) < best)
        {
            return 0;
        }
        var tied = row.Count(v => ScoreChecks.Oriented(v, direction) == best);
        return 1.0 / tied;
    }
}
