using System.Globalization;

namespace Siamese.Lib.Data;

/// <summary>
/// Loads the STS Benchmark (Cer et al. 2017): <c>sts-train.csv</c> (5,749 pairs), <c>sts-dev.csv</c> (1,500),
/// <c>sts-test.csv</c> (1,379). Despite the extension the files are plain tab-separated text without a header:
/// genre, file, year, id, score (0–5), sentence 1, sentence 2, then on some lines extra license/source fields.
/// Known quirks handled: sentences contain raw <c>"</c> characters, so NO quote processing is done (a CSV
/// parser would merge lines); extra fields after the 7th are ignored; trailing spaces are kept in the
/// sentences. A line with fewer than 7 fields or a bad score is malformed: by default it throws with its line
/// number; with <c>strict: false</c> it is skipped and listed in <c>malformed</c> instead.
/// </summary>
public static class StsBenchmarkLoader
{
    /// <summary>Fields every line must have.</summary>
    public const int RequiredFields = 7;

    /// <summary>Highest STS score.</summary>
    public const float MaxScore = 5f;

    /// <summary>Loads <c>train</c>, <c>dev</c> or <c>test</c> from the data location.</summary>
    public static IReadOnlyList<SentencePair> Load(string split, DataLocator? locator = null)
    {
        if (split is not ("train" or "dev" or "test"))
        {
            throw new ArgumentException($"unknown STS Benchmark split '{split}'; use train, dev or test", nameof(split));
        }
        return ReadFile((locator ?? DataLocator.FromEnvironment()).ResolveFile(DatasetCatalog.StsBenchmark, $"sts-{split}.csv"), split);
    }

    /// <summary>Reads an STS-B file strictly (a malformed line throws, naming its line number).</summary>
    public static IReadOnlyList<SentencePair> ReadFile(string path, string split) => ReadFile(path, split, true, out _);

    /// <summary>
    /// Reads an STS-B file. With <paramref name="strict"/> false malformed lines are skipped and described in
    /// <paramref name="malformed"/> ("path line N: problem"); with true the first one throws.
    /// </summary>
    public static IReadOnlyList<SentencePair> ReadFile(string path, string split, bool strict, out IReadOnlyList<string> malformed)
    {
        var problems = new List<string>();
        var pairs = new List<SentencePair>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path, System.Text.Encoding.UTF8))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }
            var f = line.Split('\t');
            string? problem = null;
            var score = 0f;
            if (f.Length < RequiredFields)
            {
                problem = $"{f.Length} tab-separated fields, expected at least {RequiredFields} (genre, file, year, id, score, sentence 1, sentence 2)";
            }
            else if (!float.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out score) || score < 0 || score > MaxScore)
            {
                problem = $"score '{f[4]}' is not a number in [0, {MaxScore}]";
            }
            if (problem is not null)
            {
                var message = $"{path} line {lineNumber}: {problem}";
                if (strict)
                {
                    throw new DataFormatException(message);
                }
                problems.Add(message);
                continue;
            }
            pairs.Add(new SentencePair($"{f[0]}/{f[1]}/{f[2]}/{f[3]}", f[5], f[6], score, split, Genre: f[0]));
        }
        if (pairs.Count == 0)
        {
            throw new DataFormatException($"{path}: no valid pairs");
        }
        malformed = problems;
        return pairs;
    }
}
