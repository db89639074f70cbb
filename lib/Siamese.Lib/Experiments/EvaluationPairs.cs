using static TorchSharp.torch;

namespace Siamese.Lib.Experiments;

/// <summary>
/// A fixed set of pairs to score after (or during) training, with the ground truth the scores are judged against.
/// The inputs are produced chunk by chunk on the scoring device, so a large set never sits in memory as tensors.
/// </summary>
/// <typeparam name="TInput">One side of a pair.</typeparam>
public sealed class EvaluationPairs<TInput>
{
    /// <summary>Pairs per chunk by default: large enough to keep the matrix products efficient, small enough for CPU memory.</summary>
    public const int DefaultChunkSize = 256;

    private readonly Func<int, int, Device, (TInput Left, TInput Right)> _slice;

    /// <summary>Describes the set.</summary>
    /// <param name="name">What the set is (e.g. "MNIST test pairs"), for messages.</param>
    /// <param name="slice">Builds the inputs of pairs [start, start + count) on a device.</param>
    /// <param name="same">Per pair: true when the pair counts as "same" (same class, or related).</param>
    /// <param name="gold">Per pair: a graded gold score (e.g. SICK relatedness), or null when the task has none.</param>
    /// <param name="chunkSize">Pairs scored at once.</param>
    public EvaluationPairs(string name, Func<int, int, Device, (TInput Left, TInput Right)> slice, IReadOnlyList<bool> same,
        IReadOnlyList<double>? gold = null, int chunkSize = DefaultChunkSize)
    {
        ArgumentNullException.ThrowIfNull(slice);
        ArgumentNullException.ThrowIfNull(same);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        if (gold is not null && gold.Count != same.Count)
        {
            throw new ArgumentException($"{name}: {same.Count} labels but {gold.Count} gold scores.", nameof(gold));
        }
        if (!same.Contains(true) || !same.Contains(false))
        {
            throw new ArgumentException($"{name}: both same and different pairs are needed to choose a threshold and compute an ROC curve.", nameof(same));
        }
        Name = name;
        _slice = slice;
        Same = same;
        Gold = gold;
        ChunkSize = chunkSize;
    }

    /// <summary>What the set is.</summary>
    public string Name { get; }

    /// <summary>Number of pairs.</summary>
    public int Count => Same.Count;

    /// <summary>Ground truth per pair.</summary>
    public IReadOnlyList<bool> Same { get; }

    /// <summary>Graded gold score per pair, or null.</summary>
    public IReadOnlyList<double>? Gold { get; }

    /// <summary>Pairs scored at once.</summary>
    public int ChunkSize { get; }

    /// <summary>The inputs of pairs [<paramref name="start"/>, <paramref name="start"/> + <paramref name="count"/>) on <paramref name="device"/>.</summary>
    public (TInput Left, TInput Right) Slice(int start, int count, Device device)
    {
        if (start < 0 || count < 1 || start + count > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Pairs [{start}, {start + count}) are outside the {Count} pairs of {Name}.");
        }
        return _slice(start, count, device);
    }
}
