namespace Siamese.Lib.Data;

/// <summary>
/// Token ↔ index map built from a corpus. Index 0 is <see cref="PadToken"/> (padding, masked out) and 1 is
/// <see cref="UnknownToken"/> (any token not in the vocabulary); corpus tokens follow by decreasing count,
/// ties in ordinal order, so the same corpus always gives the same indices.
/// </summary>
public sealed class Vocabulary
{
    /// <summary>The padding token, always index 0.</summary>
    public const string PadToken = "<pad>";

    /// <summary>The unknown-token token, always index 1.</summary>
    public const string UnknownToken = "<unk>";

    /// <summary>Index of <see cref="PadToken"/>.</summary>
    public const int PadIndex = 0;

    /// <summary>Index of <see cref="UnknownToken"/>.</summary>
    public const int UnknownIndex = 1;

    private readonly Dictionary<string, int> _index;

    private Vocabulary(List<string> tokens, long[] counts)
    {
        Tokens = tokens;
        Counts = counts;
        _index = new Dictionary<string, int>(tokens.Count, StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            _index[tokens[i]] = i;
        }
    }

    /// <summary>
    /// Builds the vocabulary of <paramref name="sentences"/> (already tokenized), keeping tokens seen at least
    /// <paramref name="minCount"/> times.
    /// </summary>
    public static Vocabulary Build(IEnumerable<IReadOnlyList<string>> sentences, int minCount = 1)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            foreach (var t in s)
            {
                counts[t] = counts.GetValueOrDefault(t) + 1;
            }
        }
        var kept = counts.Where(kv => kv.Value >= minCount && kv.Key is not (PadToken or UnknownToken))
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        var tokens = new List<string> { PadToken, UnknownToken };
        tokens.AddRange(kept.Select(kv => kv.Key));
        return new Vocabulary(tokens, [0, 0, .. kept.Select(kv => kv.Value)]);
    }

    /// <summary>Tokens by index.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>Corpus count of each token (0 for the two special tokens).</summary>
    public IReadOnlyList<long> Counts { get; }

    /// <summary>Number of entries, special tokens included.</summary>
    public int Count => Tokens.Count;

    /// <summary>The index of <paramref name="token"/>, or <see cref="UnknownIndex"/>.</summary>
    public int IndexOf(string token) => _index.TryGetValue(token, out var i) ? i : UnknownIndex;

    /// <summary>True when <paramref name="token"/> has its own index.</summary>
    public bool Contains(string token) => _index.ContainsKey(token);

    /// <summary>The indices of <paramref name="tokens"/>.</summary>
    public int[] Encode(IReadOnlyList<string> tokens) => tokens.Select(IndexOf).ToArray();
}
