using System.Text;

namespace Siamese.Lib.Tests.Data;

/// <summary>
/// A tiny WordNet database written by the tests in the real wndb(5WN) format: a license header of lines that start
/// with spaces, data lines whose first field is their own byte offset, index lines listing those offsets in sense
/// order. Synsets (words as WordNet writes them: underscores, case, adjective markers):
/// <list type="bullet">
/// <item>noun: car/auto/automobile/machine/motorcar (car's sense 1), car/railcar/railway_car (sense 2),
/// dog/domestic_dog/Canis_familiaris, angstrom/angstrom_unit/A (so "a" has a synonym), an 11-word sofa synset (hex w_cnt 0b),
/// fire/flame, walking/walk (a gerund noun);</item>
/// <item>verb: drive/motor (sense 1), drive/force (sense 2), dog/trail/tail (tagged 0: rarer than the noun), fire/discharge
/// (tagged 3: commoner than the noun); adj: large(a)/big; adv: quickly/rapidly/speedily.</item>
/// </list>
/// </summary>
public static class WordNetFixture
{
    private const string Header = "  1 This software and database is being provided to you, the LICENSEE, by  \n" +
                                  "  2 Princeton University under the following license.  \n";

    private static readonly Dictionary<string, string[][]> Synsets = new()
    {
        ["noun"] =
        [
            ["car", "auto", "automobile", "machine", "motorcar"],
            ["car", "railcar", "railway_car"],
            ["dog", "domestic_dog", "Canis_familiaris"],
            ["angstrom", "angstrom_unit", "A"],
            ["sofa", "couch", "lounge", "divan", "settee", "chesterfield", "davenport", "ottoman", "futon", "daybed", "loveseat"],
            ["fire", "flame"],
            ["walking", "walk"],
        ],
        ["verb"] = [["drive", "motor"], ["drive", "force"], ["dog", "trail", "tail"], ["fire", "discharge"]],
        ["adj"] = [["large(a)", "big"]],
        ["adv"] = [["quickly", "rapidly", "speedily"]],
    };

    // tagsense_cnt of the index lines (default 1): "dog" is commoner as a noun, "fire" as a verb.
    private static readonly Dictionary<(string Lemma, string Part), int> Tagged = new() { [("dog", "verb")] = 0, [("fire", "verb")] = 3 };

    private static readonly Dictionary<string, char> PosLetter = new() { ["noun"] = 'n', ["verb"] = 'v', ["adj"] = 'a', ["adv"] = 'r' };

    /// <summary>Writes the eight files into <paramref name="directory"/> and returns it.</summary>
    public static string Write(string directory)
    {
        foreach (var (part, synsets) in Synsets)
        {
            var pos = PosLetter[part];
            var data = new StringBuilder(Header);
            var offsets = new List<long>();
            foreach (var words in synsets)
            {
                offsets.Add(Encoding.UTF8.GetByteCount(data.ToString()));
                var wordFields = string.Join(" ", words.Select(w => w + " 0"));
                data.Append($"{offsets[^1]:D8} 05 {pos} {words.Length:x2} {wordFields} 001 @ 00001740 {pos} 0000 | a gloss; \"an example\"  \n");
            }
            File.WriteAllText(Path.Combine(directory, "data." + part), data.ToString());
            var index = new StringBuilder(Header);
            var lemmas = synsets.SelectMany((words, i) => words.Select(w => (Lemma: Lemma(w), Offset: offsets[i])))
                .GroupBy(x => x.Lemma).OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var lemma in lemmas)
            {
                var ids = string.Join(" ", lemma.Select(x => x.Offset.ToString("D8")));
                index.Append($"{lemma.Key} {pos} {lemma.Count()} 2 @ ~ {lemma.Count()} {Tagged.GetValueOrDefault((lemma.Key, part), 1)} {ids}  \n");
            }
            File.WriteAllText(Path.Combine(directory, "index." + part), index.ToString());
        }
        return directory;
    }

    // index.* holds lemmas lower case, without the adjective marker.
    private static string Lemma(string word) => (word.IndexOf('(') is var p and > 0 ? word[..p] : word).ToLowerInvariant();
}
