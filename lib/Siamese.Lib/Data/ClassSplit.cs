namespace Siamese.Lib.Data;

/// <summary>
/// Train / validation / test split by CLASS, deterministic under a seed. One-shot evaluation needs classes the
/// network never saw, so a split never puts images of one class on two sides (a split by image would leak).
/// </summary>
/// <param name="Train">Training classes, ascending.</param>
/// <param name="Validation">Validation classes, ascending.</param>
/// <param name="Test">Test classes, ascending.</param>
public sealed record ClassSplit(IReadOnlyList<int> Train, IReadOnlyList<int> Validation, IReadOnlyList<int> Test)
{
    /// <summary>
    /// Shuffles classes 0..<paramref name="classCount"/>−1 with <paramref name="seed"/> and cuts them into
    /// fractions (test gets the rest). Rounding: round(fraction × count) classes, each non-zero fraction at least one.
    /// </summary>
    public static ClassSplit Create(int classCount, double trainFraction, double validationFraction, ulong seed)
    {
        if (trainFraction < 0 || validationFraction < 0 || trainFraction + validationFraction > 1)
        {
            throw new ArgumentException("fractions must be non-negative and sum to at most 1");
        }
        var classes = Enumerable.Range(0, classCount).ToArray();
        new DataRandom(seed).Shuffle(classes);
        var nTrain = Count(trainFraction, classCount);
        var nVal = Math.Min(Count(validationFraction, classCount), classCount - nTrain);
        return new ClassSplit(
            classes[..nTrain].Order().ToArray(),
            classes[nTrain..(nTrain + nVal)].Order().ToArray(),
            classes[(nTrain + nVal)..].Order().ToArray());
    }

    /// <summary>
    /// Splits by GROUP (Omniglot alphabets) so that whole alphabets go to one side, as Koch et al. hold out
    /// alphabets; the fractions apply to groups. Classes of each side are returned.
    /// </summary>
    public static ClassSplit ByGroup(ImageDataset dataset, double trainFraction, double validationFraction, ulong seed)
    {
        var groups = dataset.ClassGroups ?? throw new ArgumentException($"{dataset.Name} has no class groups", nameof(dataset));
        var g = Create(dataset.GroupNames!.Count, trainFraction, validationFraction, seed);
        int[] ClassesOf(IReadOnlyList<int> gs) => Enumerable.Range(0, groups.Length).Where(c => gs.Contains(groups[c])).ToArray();
        return new ClassSplit(ClassesOf(g.Train), ClassesOf(g.Validation), ClassesOf(g.Test));
    }

    private static int Count(double fraction, int n) => fraction == 0 ? 0 : Math.Clamp((int)Math.Round(fraction * n), 1, n);
}
