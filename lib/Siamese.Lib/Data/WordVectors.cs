using System.Globalization;

namespace Siamese.Lib.Data;

/// <summary>
/// Pretrained word vectors read from text: GloVe format (<c>word v1 … vd</c> per line, no header) or word2vec
/// text format (a first line <c>&lt;count&gt; &lt;dimension&gt;</c>, then the same lines). The format is detected
/// from the first line. The dimension comes from the header or the first line; the LAST d fields of a line
/// are the vector and everything before them is the word, which handles the few glove.840B entries whose
/// word contains spaces. A line with non-numeric values or too few fields throws with its line number.
/// Values are stored in one row-major float array (<see cref="Count"/> × <see cref="Dimension"/>).
/// </summary>
public sealed class WordVectors
{
    private readonly Dictionary<string, int> _index;

    private WordVectors(List<string> words, float[] values, int dimension)
    {
        Words = words;
        Values = values;
        Dimension = dimension;
        _index = new Dictionary<string, int>(words.Count, StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            // The first occurrence wins, as gensim and torchtext keep it.
            _index.TryAdd(words[i], i);
        }
    }

    /// <summary>Words in file order.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Count × Dimension values, row i belongs to <c>Words[i]</c>.</summary>
    public float[] Values { get; }

    /// <summary>Vector length.</summary>
    public int Dimension { get; }

    /// <summary>Number of vectors.</summary>
    public int Count => Words.Count;

    /// <summary>The vector of <paramref name="word"/> (a view into <see cref="Values"/>), if present.</summary>
    public bool TryGetVector(string word, out ReadOnlySpan<float> vector)
    {
        if (_index.TryGetValue(word, out var i))
        {
            vector = Values.AsSpan(i * Dimension, Dimension);
            return true;
        }
        vector = default;
        return false;
    }

    /// <summary>The GloVe 6B 50d vectors of the data location (the SICK/STS-B subset, or the full file if present).</summary>
    public static WordVectors LoadGlove6B50d(ISet<string>? keepOnly = null, DataLocator? locator = null)
    {
        locator ??= DataLocator.FromEnvironment();
        string path;
        try
        {
            path = locator.ResolveFile(DatasetCatalog.Glove, "glove.6B.50d.txt");
        }
        catch (DatasetNotFoundException)
        {
            path = locator.ResolveFile(DatasetCatalog.Glove, "glove.6B.50d.sick-sts.txt");
        }
        return Load(path, keepOnly);
    }

    /// <summary>
    /// Reads <paramref name="path"/>; with <paramref name="keepOnly"/> only those words are kept (a full
    /// 400k-word file then costs memory for the corpus vocabulary only).
    /// </summary>
    public static WordVectors Load(string path, ISet<string>? keepOnly = null)
    {
        var words = new List<string>();
        var values = new List<float>();
        var dimension = -1;
        var declaredCount = -1;
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path, System.Text.Encoding.UTF8))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r', ' ');
            if (line.Length == 0)
            {
                continue;
            }
            var fields = line.Split(' ');
            if (lineNumber == 1 && fields.Length == 2 &&
                int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count) &&
                int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var dim))
            {
                (declaredCount, dimension) = (count, dim);
                continue;
            }
            if (dimension < 0)
            {
                dimension = fields.Length - 1;
            }
            if (fields.Length < dimension + 1 || dimension <= 0)
            {
                throw new DataFormatException($"{path} line {lineNumber}: {fields.Length} fields, expected a word and {dimension} values");
            }
            var word = fields.Length == dimension + 1 ? fields[0] : string.Join(' ', fields[..^dimension]);
            if (keepOnly is not null && !keepOnly.Contains(word))
            {
                continue;
            }
            for (var i = fields.Length - dimension; i < fields.Length; i++)
            {
                if (!float.TryParse(fields[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                {
                    throw new DataFormatException($"{path} line {lineNumber}: value '{fields[i]}' of word '{word}' is not a number");
                }
                values.Add(v);
            }
            words.Add(word);
        }
        if (dimension <= 0)
        {
            throw new DataFormatException($"{path}: no vectors");
        }
        if (declaredCount >= 0 && keepOnly is null && words.Count != declaredCount)
        {
            throw new DataFormatException($"{path}: the word2vec header declares {declaredCount} vectors, the file has {words.Count} (truncated?)");
        }
        return new WordVectors(words, [.. values], dimension);
    }

    /// <summary>
    /// Side-by-side vectors: every word of either set, its <paramref name="first"/> values then its
    /// <paramref name="second"/> values (zeros where a set lacks the word). Dimension = the sum of both.
    /// </summary>
    public static WordVectors Concatenate(WordVectors first, WordVectors second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var words = first.Words.Concat(second.Words).Distinct(StringComparer.Ordinal).ToList();
        var dimension = first.Dimension + second.Dimension;
        var values = new float[checked(words.Count * dimension)];
        for (var i = 0; i < words.Count; i++)
        {
            var row = values.AsSpan(i * dimension, dimension);
            if (first.TryGetVector(words[i], out var a))
            {
                a.CopyTo(row);
            }
            if (second.TryGetVector(words[i], out var b))
            {
                b.CopyTo(row[first.Dimension..]);
            }
        }
        return new WordVectors(words, values, dimension);
    }
}
