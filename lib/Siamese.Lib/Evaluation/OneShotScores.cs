namespace Siamese.Lib.Evaluation;

/// <summary>
/// The scores of a set of N-way one-shot trials (e.g. Lake's 20 runs × 20 trials): one row per trial, one
/// column per candidate, with the true candidate of each trial. Accuracy follows <see cref="FewShot"/> (a tie
/// for the best score earns its share), so a constant scorer measures chance.
/// </summary>
/// <param name="Scores">Shape [trials, N]: trial t's query scored against candidate c.</param>
/// <param name="Correct">The index of the true candidate of each trial.</param>
/// <param name="Names">A name per trial (Lake's runs: <c>run01/test/item01.png</c>), used for grouping.</param>
/// <param name="Direction">Whether a low or a high score means "same".</param>
public sealed record OneShotScores(double[,] Scores, IReadOnlyList<int> Correct, IReadOnlyList<string> Names, ScoreDirection Direction)
{
    /// <summary>Number of trials.</summary>
    public int Trials => Scores.GetLength(0);

    /// <summary>Candidates per trial (N).</summary>
    public int Ways => Scores.GetLength(1);

    /// <summary>Mean accuracy over all trials, in [0, 1].</summary>
    public double Accuracy => FewShot.Accuracy(Scores, Correct, Direction);

    /// <summary>The best-scoring candidate of each trial (the first one on a tie).</summary>
    public int[] Predicted()
    {
        var result = new int[Trials];
        for (var t = 0; t < Trials; t++)
        {
            var best = 0;
            for (var c = 1; c < Ways; c++)
            {
                if (Direction == ScoreDirection.HigherMeansSame ? Scores[t, c] > Scores[t, best] : Scores[t, c] < Scores[t, best])
                {
                    best = c;
                }
            }
            result[t] = best;
        }
        return result;
    }

    /// <summary>Indices of the trials whose best score is not at the true candidate (ties counted as errors here).</summary>
    public int[] Errors()
    {
        var predicted = Predicted();
        return Enumerable.Range(0, Trials).Where(t => predicted[t] != Correct[t]).ToArray();
    }

    /// <summary>
    /// Accuracy per group of trials, the group being <paramref name="groupOf"/>(name) (default: the text before
    /// the first '/', i.e. Lake's run), in order of first appearance.
    /// </summary>
    public IReadOnlyList<(string Group, double Accuracy)> AccuracyBy(Func<string, string>? groupOf = null)
    {
        groupOf ??= name => name.Split('/')[0];
        return Enumerable.Range(0, Trials).GroupBy(t => groupOf(Names[t])).Select(g =>
        {
            var rows = g.ToArray();
            var sub = new double[rows.Length, Ways];
            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < Ways; c++)
                {
                    sub[r, c] = Scores[rows[r], c];
                }
            }
            return (g.Key, FewShot.Accuracy(sub, rows.Select(t => Correct[t]).ToArray(), Direction));
        }).ToArray();
    }
}
