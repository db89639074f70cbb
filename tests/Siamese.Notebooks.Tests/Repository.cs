using System.Text.Json.Nodes;

namespace Siamese.Notebooks.Tests;

/// <summary>Locates the repository and its notebooks from the test assembly's folder.</summary>
internal static class Repository
{
    /// <summary>The five notebooks of DESIGN.md with the result key each must write.</summary>
    public static readonly (string Name, string ResultKey)[] Expected =
    [
        ("01-siamese-architecture", "verification_accuracy"),
        ("02-training-and-optimization", "ablation"),
        ("03-model-comparison", "models"),
        ("04-text-similarity-lstm", "pearson"),
        ("05-one-shot-omniglot", "oneshot_20way_accuracy"),
    ];

    public static string Root { get; } = FindRoot();

    public static string NotebookPath(string name) => Path.Combine(Root, "notebooks", name + ".ipynb");

    public static JsonObject Load(string name) => JsonNode.Parse(File.ReadAllText(NotebookPath(name)))!.AsObject();

    public static IEnumerable<string> NotebookFiles() =>
        Directory.EnumerateFiles(Path.Combine(Root, "notebooks"), "*.ipynb").Order();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Siamese.Lib.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Siamese.Lib.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A cell's source as one string (Jupyter stores it as a string or a list of lines).</summary>
    public static string Source(JsonNode cell) => cell["source"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue v => (string?)v ?? "",
        _ => "",
    };
}
