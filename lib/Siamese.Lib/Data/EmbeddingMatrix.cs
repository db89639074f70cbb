namespace Siamese.Lib.Data;

/// <summary>
/// The embedding matrix of a <see cref="Vocabulary"/> (Count × Dimension, row-major, ready for
/// <c>torch.tensor(values, [rows, dim])</c> and an embedding layer): row i is the pretrained vector of token i;
/// the padding row is zeros; the unknown token and words without a vector get uniform values in
/// [−<c>oovScale</c>, <c>oovScale</c>] from a seeded generator (zeros when <c>oovScale</c> is 0). How many
/// words had no vector is reported in <see cref="Report"/>, never silently absorbed.
/// </summary>
public sealed class EmbeddingMatrix
{
    /// <summary>A common scale for random out-of-vocabulary rows (about the spread of GloVe 50d values / 4).</summary>
    public const float DefaultOovScale = 0.25f;

    private EmbeddingMatrix(float[] values, int rows, int dimension, OovReport report)
    {
        Values = values;
        Rows = rows;
        Dimension = dimension;
        Report = report;
    }

    /// <summary>Rows × Dimension values.</summary>
    public float[] Values { get; }

    /// <summary>Number of rows (= vocabulary size).</summary>
    public int Rows { get; }

    /// <summary>Vector length.</summary>
    public int Dimension { get; }

    /// <summary>Coverage of the vocabulary by the vectors.</summary>
    public OovReport Report { get; }

    /// <summary>Builds the matrix of <paramref name="vocabulary"/> from <paramref name="vectors"/>.</summary>
    public static EmbeddingMatrix Build(Vocabulary vocabulary, WordVectors vectors, float oovScale = DefaultOovScale, ulong seed = 0)
    {
        var dim = vectors.Dimension;
        var values = new float[checked(vocabulary.Count * dim)];
        var rng = new DataRandom(seed);
        var missing = new List<(string Word, long Count)>();
        long tokens = 0, covered = 0;
        for (var i = 0; i < vocabulary.Count; i++)
        {
            var row = values.AsSpan(i * dim, dim);
            if (i == Vocabulary.PadIndex)
            {
                continue;
            }
            var count = vocabulary.Counts[i];
            tokens += count;
            if (i != Vocabulary.UnknownIndex && vectors.TryGetVector(vocabulary.Tokens[i], out var v))
            {
                v.CopyTo(row);
                covered += count;
                continue;
            }
            if (i != Vocabulary.UnknownIndex)
            {
                missing.Add((vocabulary.Tokens[i], count));
            }
            for (var d = 0; d < dim; d++)
            {
                row[d] = oovScale == 0 ? 0 : (float)((rng.NextDouble() * 2 - 1) * oovScale);
            }
        }
        var report = new OovReport(vocabulary.Count - 2, missing.Select(m => m.Word).ToList(), tokens == 0 ? 1 : covered / (double)tokens);
        return new EmbeddingMatrix(values, vocabulary.Count, dim, report);
    }
}
