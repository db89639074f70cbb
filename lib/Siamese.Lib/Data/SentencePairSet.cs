using Siamese.Lib.Models;
using static TorchSharp.torch;

namespace Siamese.Lib.Data;

/// <summary>
/// Sentence pairs tokenized and turned into vocabulary indices once, so that every epoch only pads and batches:
/// the text pipeline of the MaLSTM article (tokenize → index → pad to a maximum length with masks) with the
/// tokenizing done up front. Batches are right-padded with <see cref="Vocabulary.PadIndex"/>; sentences longer
/// than the maximum length keep their FIRST tokens (a cut, not the article's strided slice
/// <c>x[0:max_len:embed_dim]</c>, which keeps every embed_dim-th token).
/// </summary>
public sealed class SentencePairSet
{
    private SentencePairSet(IReadOnlyList<SentencePair> pairs, int[][] left, int[][] right)
    {
        Pairs = pairs;
        Left = left;
        Right = right;
        Scores = pairs.Select(p => p.Score).ToArray();
        LongestSentence = left.Concat(right).Select(s => s.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>The pairs, as loaded.</summary>
    public IReadOnlyList<SentencePair> Pairs { get; }

    /// <summary>Token indices of each first sentence.</summary>
    public IReadOnlyList<int[]> Left { get; }

    /// <summary>Token indices of each second sentence.</summary>
    public IReadOnlyList<int[]> Right { get; }

    /// <summary>Gold scores, one per pair.</summary>
    public IReadOnlyList<float> Scores { get; }

    /// <summary>Number of pairs.</summary>
    public int Count => Pairs.Count;

    /// <summary>Tokens in the longest sentence of either side.</summary>
    public int LongestSentence { get; }

    /// <summary>Tokenizes both sentences of every pair and maps the tokens to indices (unknown words → <see cref="Vocabulary.UnknownIndex"/>).</summary>
    public static SentencePairSet Encode(IReadOnlyList<SentencePair> pairs, Tokenizer tokenizer, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var left = pairs.Select(p => vocabulary.Encode(tokenizer.Tokenize(p.SentenceA))).ToArray();
        var right = pairs.Select(p => vocabulary.Encode(tokenizer.Tokenize(p.SentenceB))).ToArray();
        return new SentencePairSet(pairs, left, right);
    }

    /// <summary>The pairs at <paramref name="rows"/> (in that order) as a new set.</summary>
    public SentencePairSet Subset(IEnumerable<int> rows)
    {
        var r = rows.ToArray();
        return new SentencePairSet(r.Select(i => Pairs[i]).ToArray(), r.Select(i => Left[i]).ToArray(), r.Select(i => Right[i]).ToArray());
    }

    /// <summary>The first <paramref name="count"/> pairs (all of them when there are fewer).</summary>
    public SentencePairSet Take(int count) => Subset(Enumerable.Range(0, Math.Min(Math.Max(count, 0), Count)));

    /// <summary>
    /// The tensors of the pairs at <paramref name="rows"/>: each side padded to <paramref name="maxLength"/>, or to the
    /// batch's longest sentence when null (an LSTM packed by length gives the same result either way; shorter
    /// padding is just cheaper).
    /// </summary>
    public SentencePairBatch Batch(IReadOnlyList<int> rows, int? maxLength = null, Device? device = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            throw new ArgumentException("A batch needs at least one pair.", nameof(rows));
        }
        var left = PaddedSequences.Pad(rows.Select(i => Left[i]).ToArray(), maxLength ?? rows.Max(i => Math.Max(Left[i].Length, Right[i].Length)));
        var right = PaddedSequences.Pad(rows.Select(i => Right[i]).ToArray(), left.Length);
        return new SentencePairBatch(
            new SequenceInput(left.IndicesTensor(device), left.MaskTensor(device)),
            new SequenceInput(right.IndicesTensor(device), right.MaskTensor(device)),
            tensor(rows.Select(i => Scores[i]).ToArray(), [rows.Count], device: device),
            rows.ToArray(),
            left.TruncatedCount + right.TruncatedCount);
    }

    /// <summary>
    /// The whole set in batches of <paramref name="batchSize"/> (the last one may be smaller): in order, or shuffled
    /// by <paramref name="shuffle"/> (pass the trainer's per-epoch <see cref="Training.EpochContext.Random"/> for a
    /// reproducible order). Batches are made lazily, one at a time.
    /// </summary>
    public IEnumerable<SentencePairBatch> Batches(int batchSize, Random? shuffle = null, int? maxLength = null, Device? device = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var order = Enumerable.Range(0, Count).ToArray();
        shuffle?.Shuffle(order);
        for (var start = 0; start < order.Length; start += batchSize)
        {
            yield return Batch(order[start..Math.Min(start + batchSize, order.Length)], maxLength, device);
        }
    }
}
