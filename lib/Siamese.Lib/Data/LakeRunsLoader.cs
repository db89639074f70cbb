using System.Globalization;

namespace Siamese.Lib.Data;

/// <summary>
/// Loads Lake et al.'s one-shot benchmark, <c>all_runs.zip</c>: 20 runs (<c>runNN/</c>), each with
/// <c>training/class01..20.png</c>, <c>test/item01..20.png</c> and <c>class_labels.txt</c>, whose lines read
/// <c>runNN/test/itemXX.png runNN/training/classYY.png</c>.
/// </summary>
public static class LakeRunsLoader
{
    /// <summary>The benchmark's archive name.</summary>
    public const string ZipName = "all_runs.zip";

    /// <summary>Loads the runs from the data location.</summary>
    public static IReadOnlyList<OneShotRun> Load(DataLocator? locator = null) =>
        LoadZip((locator ?? DataLocator.FromEnvironment()).ResolveFile(DatasetCatalog.Omniglot, ZipName));

    /// <summary>Loads the runs from <paramref name="zipPath"/>, in run order.</summary>
    public static IReadOnlyList<OneShotRun> LoadZip(string zipPath)
    {
        using var zip = SafeZip.Open(zipPath);
        var runNames = zip.Entries.Select(e => e.FullName.Split('/')[0])
            .Where(n => n.StartsWith("run", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal).ToList();
        if (runNames.Count == 0)
        {
            throw new DataFormatException($"{zipPath}: no runNN/ folders");
        }
        var runs = new List<OneShotRun>();
        foreach (var run in runNames)
        {
            var labelsEntry = zip.Find($"{run}/class_labels.txt")
                ?? throw new DataFormatException($"{zipPath}: {run}/class_labels.txt is missing");
            var lines = System.Text.Encoding.UTF8.GetString(zip.ReadAllBytes(labelsEntry))
                .Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var training = zip.Entries.Where(e => e.FullName.StartsWith(run + "/training/", StringComparison.Ordinal) && e.FullName.EndsWith(".png", StringComparison.Ordinal))
                .OrderBy(e => e.FullName, StringComparer.Ordinal).ToList();
            var trainingImages = new List<byte[]>();
            int width = 0, height = 0;
            foreach (var e in training)
            {
                var img = Decode(zip, e, ref width, ref height);
                trainingImages.Add(img);
            }
            var trainingIndex = training.Select((e, i) => (e.FullName, i)).ToDictionary(t => t.FullName, t => t.i, StringComparer.Ordinal);
            var trials = new List<OneShotTrial>();
            for (var l = 0; l < lines.Count; l++)
            {
                var fields = lines[l].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length != 2)
                {
                    throw new DataFormatException($"{zipPath}!{run}/class_labels.txt line {l + 1}: expected '<test image> <training image>', got '{lines[l]}'");
                }
                var testName = Qualify(run, fields[0]);
                var answer = Qualify(run, fields[1]);
                if (!trainingIndex.TryGetValue(answer, out var correct))
                {
                    throw new DataFormatException($"{zipPath}!{run}/class_labels.txt line {l + 1}: {answer} is not a training image of the run");
                }
                var testEntry = zip.Find(testName)
                    ?? throw new DataFormatException($"{zipPath}!{run}/class_labels.txt line {l + 1}: {testName} is not in the archive");
                trials.Add(new OneShotTrial(Decode(zip, testEntry, ref width, ref height), trainingImages, correct, testName));
            }
            runs.Add(new OneShotRun(run, width, height, trainingImages, trials));
        }
        return runs;
    }

    private static string Qualify(string run, string path) =>
        path.StartsWith(run + "/", StringComparison.Ordinal) ? path : $"{run}/{path}";

    private static byte[] Decode(SafeZip zip, System.IO.Compression.ZipArchiveEntry entry, ref int width, ref int height)
    {
        var source = $"{zip.Path}!{entry.FullName}";
        var img = PngReader.ReadGray(zip.ReadAllBytes(entry), source);
        if (width == 0)
        {
            (width, height) = (img.Width, img.Height);
        }
        else if (img.Width != width || img.Height != height)
        {
            throw new DataFormatException(string.Create(CultureInfo.InvariantCulture, $"{source}: {img.Width}x{img.Height}, the run's other images are {width}x{height}"));
        }
        return img.Pixels;
    }
}
