namespace Siamese.Lib.Evaluation;

/// <summary>
/// Correlation coefficients for similarity regression (SICK, STS-B), defined as in
/// <c>scipy.stats.pearsonr</c> and <c>scipy.stats.spearmanr</c> so that the numbers compare with the
/// MaLSTM paper and its re-implementations.
/// </summary>
public static class Correlation
{
    /// <summary>
    /// Pearson's r = cov(x, y) / (σx σy), in [−1, 1]. Sums are taken after centring (two-pass)
    /// so that large offsets such as scores in [1, 5] lose no precision.
    /// </summary>
    /// <exception cref="ArgumentException">Lengths differ, fewer than two values, or a constant input (r undefined).</exception>
    public static double Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ScoreChecks.SameNonEmptyLength(x.Count, y.Count, nameof(x), nameof(y));
        if (x.Count < 2)
        {
            throw new ArgumentException("Pearson's r needs at least two pairs of values.", nameof(x));
        }
        ScoreChecks.Finite(x, nameof(x));
        ScoreChecks.Finite(y, nameof(y));
        var meanX = x.Average();
        var meanY = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            var dx = x[i] - meanX;
            var dy = y[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0)
        {
            throw new ArgumentException(
                $"Pearson's r is undefined for a constant input ({(sxx == 0 ? nameof(x) : nameof(y))} has zero variance).");
        }
        // Rounding can push |r| a hair past 1 for perfectly linear data.
        return Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1.0, 1.0);
    }

    /// <summary>Spearman's ρ: Pearson's r of the ranks, tied values sharing their average rank.</summary>
    public static double Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ScoreChecks.SameNonEmptyLength(x.Count, y.Count, nameof(x), nameof(y));
        ScoreChecks.Finite(x, nameof(x));
        ScoreChecks.Finite(y, nameof(y));
        return Pearson(Ranks(x), Ranks(y));
    }

    /// <summary>
    /// 1-based ranks with ties given the mean of the ranks they span (scipy's <c>rankdata(method="average")</c>):
    /// [10, 20, 20, 30] → [1, 2.5, 2.5, 4].
    /// </summary>
    public static double[] Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }
            // Positions start..end (0-based) hold ranks start+1..end+1; their mean is the shared rank.
            var shared = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = shared;
            }
            start = end + 1;
        }
        return ranks;
    }
}
