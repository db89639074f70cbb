using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Siamese.Lib.Data;

namespace Siamese.Lib.Experiments;

/// <summary>
/// The headline numbers of one notebook or CLI experiment, written to
/// <c>&lt;out&gt;/results/&lt;name&gt;.json</c> as <c>{"notebook", "profile", "seconds", "metrics": {...}}</c>
/// (the format <c>environment/run.sh</c> summarises in <c>out/index.html</c>). The clock starts when the
/// object is created; <c>out</c> is <c>SIAMESE_OUT_DIR</c>, else <c>&lt;repo&gt;/out</c>.
/// </summary>
public sealed class ExperimentResults
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly JsonObject _metrics = new();

    /// <summary>Starts recording results for <paramref name="name"/> (e.g. "04-text-similarity-lstm").</summary>
    public ExperimentResults(string name, RunProfile? profile = null)
    {
        if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new ArgumentException($"'{name}' is not a usable results name.", nameof(name));
        }
        Name = name;
        ProfileUsed = profile ?? Profile.Current;
    }

    /// <summary>The notebook or experiment name.</summary>
    public string Name { get; }

    /// <summary>The profile the numbers were obtained with.</summary>
    public RunProfile ProfileUsed { get; }

    /// <summary>Seconds since the results object was created.</summary>
    public double Seconds => _clock.Elapsed.TotalSeconds;

    /// <summary>The metrics recorded so far (a copy).</summary>
    public JsonObject Metrics => (JsonObject)_metrics.DeepClone();

    /// <summary>Records a number (e.g. <c>"pearson"</c>).</summary>
    public ExperimentResults Set(string key, double value)
    {
        _metrics[key] = double.IsFinite(value) ? JsonValue.Create(value) : JsonValue.Create(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Records any JSON-serialisable value (a list of ablation rows, a table of models).</summary>
    public ExperimentResults Set<T>(string key, T value)
    {
        _metrics[key] = JsonSerializer.SerializeToNode(value);
        return this;
    }

    /// <summary>The results as JSON text.</summary>
    public string ToJson() => new JsonObject
    {
        ["notebook"] = Name,
        ["profile"] = Profile.Name(ProfileUsed),
        ["seconds"] = Math.Round(Seconds, 1),
        ["metrics"] = _metrics.DeepClone(),
    }.ToJsonString(new JsonSerializerOptions
    {
        WriteIndented = true,
        // Labels such as "+ augmentation" stay readable instead of becoming \u002B; the file is data, never HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Writes <c>results/&lt;name&gt;.json</c> under the output directory and returns its path.</summary>
    public string Save(string? outputDirectory = null)
    {
        var dir = Path.Combine(outputDirectory ?? DefaultOutputDirectory(), "results");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, Name + ".json");
        File.WriteAllText(path, ToJson());
        return path;
    }

    /// <summary><c>SIAMESE_OUT_DIR</c>, else <c>out/</c> beside <c>Siamese.Lib.sln</c> (found upwards from the working directory), else <c>./out</c>.</summary>
    public static string DefaultOutputDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("SIAMESE_OUT_DIR");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }
        var root = DataLocator.FindRepositoryRoot(Directory.GetCurrentDirectory());
        return Path.Combine(root ?? Directory.GetCurrentDirectory(), "out");
    }
}
