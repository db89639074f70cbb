using System.Globalization;

namespace Siamese.Lib.Data;

/// <summary>
/// Loads SICK (Marelli et al. 2014). Two distributions exist and both are read by their header names:
/// <list type="bullet">
/// <item>the SemEval-2014 Task 1 files <c>SICK_train.txt</c> (4,500 pairs), <c>SICK_trial.txt</c> (500) and
/// <c>SICK_test_annotated.txt</c> (4,927), columns <c>pair_ID sentence_A sentence_B relatedness_score entailment_judgment</c>;
/// the MaLSTM paper's splits;</item>
/// <item>the full release <c>SICK.txt</c> (9,840 pairs, 12 columns) whose <c>SemEval_set</c> column
/// (TRAIN/TRIAL/TEST) gives each pair's split (4,439 / 495 / 4,906).</item>
/// </list>
/// Fields are tab-separated, lines end in LF or CRLF; relatedness must be a number in [1, 5]. A malformed
/// line throws <see cref="DataFormatException"/> with the file and line number.
/// </summary>
public static class SickLoader
{
    /// <summary>Lowest SICK relatedness score.</summary>
    public const float MinScore = 1f;

    /// <summary>Highest SICK relatedness score.</summary>
    public const float MaxScore = 5f;

    /// <summary>The SemEval file of each split name.</summary>
    public static IReadOnlyDictionary<string, string> SemEvalFiles { get; } = new Dictionary<string, string>
    {
        ["train"] = "SICK_train.txt",
        ["trial"] = "SICK_trial.txt",
        ["test"] = "SICK_test_annotated.txt",
    };

    /// <summary>Loads one SemEval split (<c>train</c>, <c>trial</c> or <c>test</c>) from the data location.</summary>
    public static IReadOnlyList<SentencePair> LoadSemEval(string split, DataLocator? locator = null)
    {
        if (!SemEvalFiles.TryGetValue(split, out var file))
        {
            throw new ArgumentException($"unknown SICK split '{split}'; use train, trial or test", nameof(split));
        }
        return ReadFile((locator ?? DataLocator.FromEnvironment()).ResolveFile(DatasetCatalog.Sick, file), split);
    }

    /// <summary>Loads <c>SICK.txt</c>; each pair's split comes from its <c>SemEval_set</c> column (lower-cased).</summary>
    public static IReadOnlyList<SentencePair> LoadFull(DataLocator? locator = null) =>
        ReadFile((locator ?? DataLocator.FromEnvironment()).ResolveFile(DatasetCatalog.Sick, "SICK.txt"), null);

    /// <summary>
    /// Reads a SICK-format file. The split is <paramref name="split"/>, or the <c>SemEval_set</c> column when
    /// <paramref name="split"/> is null (then the column is required).
    /// </summary>
    public static IReadOnlyList<SentencePair> ReadFile(string path, string? split)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        var headerLine = reader.ReadLine() ?? throw new DataFormatException($"{path}: empty file, expected a SICK header line");
        var header = headerLine.TrimEnd('\r').Split('\t');
        int Column(string name, bool required = true)
        {
            var i = Array.IndexOf(header, name);
            if (i < 0 && required)
            {
                throw new DataFormatException($"{path} line 1: header has no '{name}' column (columns: {string.Join(", ", header)})");
            }
            return i;
        }
        var id = Column("pair_ID");
        var a = Column("sentence_A");
        var b = Column("sentence_B");
        var score = Column("relatedness_score");
        var entailment = Math.Max(Column("entailment_judgment", false), Column("entailment_label", false));
        var set = Column("SemEval_set", split is null);
        var pairs = new List<SentencePair>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            line = line.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }
            var f = line.Split('\t');
            if (f.Length != header.Length)
            {
                throw new DataFormatException($"{path} line {lineNumber}: {f.Length} tab-separated fields, the header has {header.Length}");
            }
            if (!float.TryParse(f[score], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) || s < MinScore || s > MaxScore)
            {
                throw new DataFormatException($"{path} line {lineNumber}: relatedness '{f[score]}' is not a number in [{MinScore}, {MaxScore}]");
            }
            pairs.Add(new SentencePair(f[id], f[a], f[b], s, split ?? f[set].ToLowerInvariant(), entailment >= 0 ? f[entailment] : null));
        }
        if (pairs.Count == 0)
        {
            throw new DataFormatException($"{path}: no pairs after the header");
        }
        return pairs;
    }
}
