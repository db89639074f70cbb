namespace Siamese.Lib.Data;

/// <summary>
/// Synonyms from the Princeton WordNet 3.0 database files (Debian's <c>wordnet-base</c>: <c>index.*</c> and
/// <c>data.*</c> of the four parts of speech), read once into memory. A word's synonyms are the other lemmas of its
/// synsets: <c>index.POS</c> maps a lemma to its synset offsets, most frequent sense first, and each offset is a line
/// of <c>data.POS</c> that lists the synset's words. Mueller &amp; Thyagarajan (2016) used these synonyms to make
/// ~10k extra SICK training pairs (<see cref="SynonymAugmentation"/>). Lemmas are lower case with spaces for
/// WordNet's underscores; multi-word lemmas are left out unless asked for, since they cannot replace one token.
/// </summary>
public sealed class WordNet
{
    /// <summary>The environment variable naming a folder with the database files (overrides <see cref="DefaultDirectory"/>).</summary>
    public const string EnvironmentVariable = "SIAMESE_WORDNET_DIR";

    /// <summary>Where Debian's <c>wordnet-base</c> installs the database.</summary>
    public const string DefaultDirectory = "/usr/share/wordnet";

    /// <summary>The file suffixes of the four parts of speech, in the order their senses are listed.</summary>
    public static IReadOnlyList<string> Parts { get; } = ["noun", "verb", "adj", "adv"];

    /// <summary>What to do when the database is absent, for every "not found" message.</summary>
    public const string InstallHint =
        "install Debian's wordnet-base package with environment/setup.sh (or apt-get install wordnet-base), " +
        "or set " + EnvironmentVariable + " to a folder holding the WordNet 3.0 index.* and data.* files";

    // lemma → synset ids of each part of speech (Parts order), WordNet's sense order within a part, and SemCor-tagged senses.
    private readonly Dictionary<string, Senses> _senses;
    private readonly IReadOnlyList<string[]> _synsets;

    private WordNet(string directory, Dictionary<string, Senses> senses, IReadOnlyList<string[]> synsets)
    {
        Directory = directory;
        _senses = senses;
        _synsets = synsets;
    }

    /// <summary>The folder the database was read from.</summary>
    public string Directory { get; }

    /// <summary>Distinct lemmas over all parts of speech.</summary>
    public int LemmaCount => _senses.Count;

    /// <summary>Synsets over all parts of speech (WordNet 3.0: 117,659).</summary>
    public int SynsetCount => _synsets.Count;

    /// <summary>The database folder: <paramref name="directory"/>, else <see cref="EnvironmentVariable"/>, else <see cref="DefaultDirectory"/>.</summary>
    public static string ResolveDirectory(string? directory = null)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return directory ?? (string.IsNullOrWhiteSpace(fromEnvironment) ? DefaultDirectory : fromEnvironment);
    }

    /// <summary>
    /// Reads the four parts of speech from <see cref="ResolveDirectory"/>. Throws <see cref="DirectoryNotFoundException"/>
    /// or <see cref="FileNotFoundException"/> (saying how to install the database) when the folder or a file is missing,
    /// and <see cref="DataFormatException"/> (file and line) on a corrupt line.
    /// </summary>
    public static WordNet Load(string? directory = null)
    {
        var folder = ResolveDirectory(directory);
        if (!System.IO.Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"WordNet database folder '{folder}' not found: {InstallHint}.");
        }
        var synsets = new List<string[]>();
        var senses = new Dictionary<string, Senses>(StringComparer.Ordinal);
        for (var part = 0; part < Parts.Count; part++)
        {
            var byOffset = WordNetFileReader.ReadData(RequireFile(folder, "data." + Parts[part]), synsets);
            foreach (var (lemma, ids, tagged) in WordNetFileReader.ReadIndex(RequireFile(folder, "index." + Parts[part]), byOffset))
            {
                if (!senses.TryGetValue(lemma, out var entry))
                {
                    senses[lemma] = entry = new Senses(new int[Parts.Count][], new int[Parts.Count]);
                }
                (entry.Synsets[part], entry.Tagged[part]) = (ids, tagged);
            }
        }
        return new WordNet(folder, senses, synsets);
    }

    /// <summary>Whether <paramref name="word"/> (any case; spaces or underscores) is a lemma of any part of speech.</summary>
    public bool Contains(string word) => _senses.ContainsKey(Key(word));

    /// <summary>
    /// The other lemmas of <paramref name="word"/>'s synsets, in WordNet's order (parts of speech as in <see cref="Parts"/>,
    /// most frequent sense first within each), lower case, without duplicates or the word itself. Only the first
    /// <paramref name="sensesPerPart"/> synsets of each part of speech are used (1: the most frequent sense, the least
    /// drift of meaning). Multi-word lemmas ("domestic dog") only with <paramref name="includeMultiWord"/>.
    /// With <paramref name="commonestPartOnly"/>, only the part of speech whose senses were seen most often in the SemCor
    /// corpus (index tagsense_cnt; ties: more senses, then <see cref="Parts"/> order) is used: "dog" the noun, not the
    /// verb "to dog" (chase, trail). Empty for a word WordNet does not have (it lists base forms: "dog", not "dogs").
    /// </summary>
    public IReadOnlyList<string> Synonyms(string word, int sensesPerPart = int.MaxValue, bool includeMultiWord = false,
        bool commonestPartOnly = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sensesPerPart);
        var key = Key(word);
        if (!_senses.TryGetValue(key, out var entry))
        {
            return [];
        }
        var self = key.Replace('_', ' ');
        var result = new List<string>();
        var parts = Enumerable.Range(0, Parts.Count).Where(p => entry.Synsets[p] is not null).ToArray();
        if (commonestPartOnly)
        {
            parts = [parts.MaxBy(p => (entry.Tagged[p], entry.Synsets[p]!.Length, -p))];
        }
        foreach (var ids in parts.Select(p => entry.Synsets[p]!))
        {
            foreach (var id in ids.Take(sensesPerPart))
            {
                result.AddRange(_synsets[id].Where(w => w != self && (includeMultiWord || !w.Contains(' ')) && !result.Contains(w)));
            }
        }
        return result;
    }

    private sealed record Senses(int[]?[] Synsets, int[] Tagged);

    private static string Key(string word) => word.Trim().ToLowerInvariant().Replace(' ', '_');

    private static string RequireFile(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"WordNet file '{path}' not found: {InstallHint}.", path);
    }
}
