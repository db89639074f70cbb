namespace Siamese.Lib.Evaluation;

/// <summary>Argument checks shared by the metrics, so every metric fails with the same clear message.</summary>
internal static class ScoreChecks
{
    /// <summary>Throws unless the two sequences have the same, non-zero length.</summary>
    public static void SameNonEmptyLength(int a, int b, string nameA, string nameB)
    {
        if (a != b)
        {
            throw new ArgumentException($"{nameA} has {a} entries but {nameB} has {b}: they must be paired one to one.");
        }
        if (a == 0)
        {
            throw new ArgumentException($"{nameA} is empty: a metric needs at least one value.");
        }
    }

    /// <summary>Throws if any score is NaN or infinite (a diverged model), naming the first bad index.</summary>
    public static void Finite(IReadOnlyList<double> values, string name)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"{name}[{i}] is {values[i]}: scores must be finite (did training diverge?).", name);
            }
        }
    }

    /// <summary>Maps a score so that larger always means "same", which lets each metric be written once.</summary>
    public static double Oriented(double score, ScoreDirection direction) =>
        direction == ScoreDirection.HigherMeansSame ? score : -score;
}
