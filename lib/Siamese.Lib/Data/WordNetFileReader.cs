using System.Globalization;

namespace Siamese.Lib.Data;

/// <summary>
/// Parses WordNet 3.0's database files (format: wndb(5WN)) for <see cref="WordNet"/>. Lines that start with a space
/// are the license header. Only the fields synonyms need are read, left to right, so the long glosses are never split:
/// <list type="bullet">
/// <item><c>data.POS</c>: <c>synset_offset lex_filenum ss_type w_cnt(2 hex digits) [word lex_id]… p_cnt …| gloss</c>;
/// an adjective's word may end in a syntactic marker, <c>(a)</c>, <c>(p)</c> or <c>(ip)</c>, which is dropped;</item>
/// <item><c>index.POS</c>: <c>lemma pos synset_cnt p_cnt [ptr_symbol]… sense_cnt tagsense_cnt [synset_offset]…</c>.</item>
/// </list>
/// A line that does not fit throws <see cref="DataFormatException"/> naming the file and line.
/// </summary>
internal static class WordNetFileReader
{
    private const int OffsetDigits = 8;
    private const int HexRadixWordCount = 16;

    /// <summary>Appends each synset's words to <paramref name="synsets"/>; returns byte offset → index in that list.</summary>
    public static Dictionary<long, int> ReadData(string path, List<string[]> synsets)
    {
        var byOffset = new Dictionary<long, int>();
        foreach (var (lineNumber, line) in Records(path))
        {
            var fields = new FieldCursor(path, lineNumber, line);
            var offset = fields.Offset();
            fields.Next("lex_filenum");
            fields.Next("ss_type");
            var count = fields.Number("w_cnt", HexRadixWordCount);
            var words = new string[count];
            for (var i = 0; i < count; i++)
            {
                words[i] = Lemma(fields.Next("word").ToString());
                fields.Next("lex_id");
            }
            if (!byOffset.TryAdd(offset, synsets.Count))
            {
                throw fields.Error($"synset offset {offset} appears twice");
            }
            synsets.Add(words);
        }
        return byOffset;
    }

    /// <summary>
    /// Each lemma of an index file with its synsets' indices (via <paramref name="byOffset"/>), in sense order, and its
    /// tagsense_cnt (how many of its senses were seen in the SemCor corpus: a measure of how common this part of speech is).
    /// </summary>
    public static IEnumerable<(string Lemma, int[] Synsets, int Tagged)> ReadIndex(string path, IReadOnlyDictionary<long, int> byOffset)
    {
        foreach (var (lineNumber, line) in Records(path))
        {
            var fields = new FieldCursor(path, lineNumber, line);
            var lemma = fields.Next("lemma").ToString();
            fields.Next("pos");
            var synsetCount = fields.Number("synset_cnt");
            var pointerCount = fields.Number("p_cnt");
            for (var i = 0; i < pointerCount; i++)
            {
                fields.Next("ptr_symbol");
            }
            fields.Next("sense_cnt");
            var tagged = fields.Number("tagsense_cnt");
            var ids = new int[synsetCount];
            for (var i = 0; i < synsetCount; i++)
            {
                var offset = fields.Offset();
                ids[i] = byOffset.TryGetValue(offset, out var id)
                    ? id
                    : throw fields.Error($"synset offset {offset:D8} of '{lemma}' is not in the matching data file");
            }
            yield return (lemma, ids, tagged);
        }
    }

    /// <summary>The record lines of a data or index file with their 1-based numbers; the licence header's lines start with a space.</summary>
    private static IEnumerable<(int LineNumber, string Line)> Records(string path)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length > 0 && line[0] != ' ')
            {
                yield return (lineNumber, line);
            }
        }
    }

    // data.adj writes "outback(a)": the marker is syntax, not part of the word.
    private static string Lemma(string word)
    {
        var marker = word.EndsWith(')') ? word.LastIndexOf('(') : -1;
        return (marker > 0 ? word[..marker] : word).ToLowerInvariant().Replace('_', ' ');
    }

    /// <summary>Reads space-separated fields of one line left to right.</summary>
    private ref struct FieldCursor(string path, int lineNumber, string line)
    {
        private int _position;

        public ReadOnlySpan<char> Next(string name)
        {
            while (_position < line.Length && line[_position] == ' ')
            {
                _position++;
            }
            var start = _position;
            while (_position < line.Length && line[_position] != ' ')
            {
                _position++;
            }
            return _position > start ? line.AsSpan(start, _position - start) : throw Error($"missing field {name}");
        }

        public int Number(string name, int radix = 10)
        {
            var text = Next(name);
            var style = radix == HexRadixWordCount ? NumberStyles.AllowHexSpecifier : NumberStyles.None;
            return int.TryParse(text, style, CultureInfo.InvariantCulture, out var n) && n >= 0
                ? n
                : throw Error($"{name} '{text}' is not a number");
        }

        public long Offset()
        {
            var text = Next("synset_offset");
            return text.Length == OffsetDigits && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? n
                : throw Error($"synset_offset '{text}' is not an {OffsetDigits}-digit number");
        }

        public readonly DataFormatException Error(string problem) =>
            new($"{path} line {lineNumber}: {problem} (corrupt WordNet file? reinstall wordnet-base)");
    }
}
