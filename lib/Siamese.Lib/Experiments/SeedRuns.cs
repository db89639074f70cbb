using System.Text.Json.Nodes;
using Siamese.Lib.Data;

namespace Siamese.Lib.Experiments;

/// <summary>One committed run of an experiment: its seed, its headline number, its training time and steps.</summary>
/// <param name="Seed">The run's seed.</param>
/// <param name="Value">The headline metric (for example Lake's 20-way accuracy, or SICK test Pearson's r).</param>
/// <param name="TrainingSeconds">Wall-clock seconds of training, pre-training included.</param>
/// <param name="Steps">Optimizer steps of the run.</param>
public sealed record SeedRun(long Seed, double Value, double TrainingSeconds, long Steps)
{
    /// <summary>Optimizer steps per second of wall-clock training.</summary>
    public double StepsPerSecond => Steps / TrainingSeconds;
}

/// <summary>
/// The per-seed results of the final recipes, committed under <c>notebooks/results/cpu/</c> as
/// <c>&lt;experiment&gt;-seed&lt;N&gt;.json</c> (the CLI's results files; the command that wrote each is in that folder's
/// README). Notebooks 04 and 05 read them to show mean ± standard deviation over seeds beside the paper.
/// </summary>
public static class SeedRuns
{
    /// <summary>The folder of the committed CPU results, relative to the repository root.</summary>
    public static readonly string Folder = Path.Combine("notebooks", "results", "cpu");

    /// <summary>Every committed run of <paramref name="experiment"/>, by seed.</summary>
    /// <param name="experiment">The CLI experiment name: "omniglot" or "malstm".</param>
    /// <param name="metric">The headline key in the results' metrics.</param>
    /// <param name="folder">The folder; null for <see cref="Folder"/> under the repository root.</param>
    public static IReadOnlyList<SeedRun> Load(string experiment, string metric, string? folder = null)
    {
        folder ??= Path.Combine(DataLocator.FindRepositoryRoot()
            ?? throw new DirectoryNotFoundException("No Siamese.Lib.sln above the working directory: pass the results folder."),
            Folder);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, $"{experiment}-seed*.json") : [];
        if (files.Length == 0)
        {
            throw new FileNotFoundException(
                $"No {experiment}-seed*.json in {folder}: they are written by `siamese {experiment} --seed N` " +
                $"(see {Path.Combine(Folder, "README.md")}).");
        }
        return [.. files.Select(f => Read(f, metric)).OrderBy(r => r.Seed)];
    }

    /// <summary>Mean and sample standard deviation of the runs' values.</summary>
    /// <param name="runs">The runs.</param>
    public static (double Mean, double StandardDeviation) Summary(IReadOnlyList<SeedRun> runs)
    {
        var values = runs.Select(r => r.Value).ToList();
        return (values.Average(), Ablation.StandardDeviation(values));
    }

    private static SeedRun Read(string path, string metric)
    {
        var metrics = JsonNode.Parse(File.ReadAllText(path))?["metrics"]
            ?? throw new InvalidDataException($"{path} has no \"metrics\".");
        double Number(string key) => metrics[key]?.GetValue<double>()
            ?? throw new InvalidDataException($"{path} lacks the metric \"{key}\".");
        var name = Path.GetFileNameWithoutExtension(path);
        var seed = long.Parse(name[(name.LastIndexOf("seed", StringComparison.Ordinal) + 4)..],
                              System.Globalization.CultureInfo.InvariantCulture);
        return new SeedRun(seed, Number(metric), Number("training_seconds"), (long)Number("steps"));
    }
}
