namespace Siamese.Lib.Data;

/// <summary>
/// Finds datasets on disk. Resolution order (DESIGN.md, "Data location"):
/// <list type="number">
/// <item><c>$SIAMESE_DATA_DIR</c> when set;</item>
/// <item><c>&lt;repo&gt;/data</c>;</item>
/// <item><c>&lt;repo&gt;/../shared/data</c> (present on the project's build machines).</item>
/// </list>
/// A dataset resolves to the first root whose <c>&lt;root&gt;/&lt;dataset&gt;/</c> holds every required file of
/// <see cref="DatasetCatalog"/>, so a half-downloaded copy in <c>data/</c> never shadows a complete one.
/// The repository root is found by walking up from the working directory (then from the assembly's
/// folder) to the first folder holding <c>Siamese.Lib.sln</c>, or is given explicitly.
/// </summary>
public sealed class DataLocator
{
    /// <summary>The environment variable that overrides every other location.</summary>
    public const string EnvironmentVariable = "SIAMESE_DATA_DIR";

    /// <summary>The file that marks the repository root.</summary>
    public const string SolutionFileName = "Siamese.Lib.sln";

    /// <summary>
    /// A locator for explicit settings: <paramref name="repositoryRoot"/> (null: not in a checkout, so only
    /// <paramref name="dataDirectoryOverride"/> is used) and the value of <c>SIAMESE_DATA_DIR</c>.
    /// </summary>
    public DataLocator(string? repositoryRoot, string? dataDirectoryOverride)
    {
        RepositoryRoot = repositoryRoot is null ? null : Path.GetFullPath(repositoryRoot);
        var roots = new List<(string, string)>();
        if (!string.IsNullOrWhiteSpace(dataDirectoryOverride))
        {
            roots.Add(($"${EnvironmentVariable}", Path.GetFullPath(dataDirectoryOverride)));
        }
        if (RepositoryRoot is not null)
        {
            roots.Add(("<repo>/data", Path.Combine(RepositoryRoot, "data")));
            roots.Add(("<repo>/../shared/data", Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"))));
        }
        Roots = roots;
        EnvironmentVariableSet = !string.IsNullOrWhiteSpace(dataDirectoryOverride);
    }

    /// <summary>
    /// The locator of this process: <c>SIAMESE_DATA_DIR</c> from the environment and the repository found
    /// by walking up from the working directory or from this assembly (or <paramref name="repositoryRoot"/>).
    /// </summary>
    public static DataLocator FromEnvironment(string? repositoryRoot = null) =>
        new(repositoryRoot ?? FindRepositoryRoot(), Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>The repository root (folder holding <c>Siamese.Lib.sln</c>), or null when not found.</summary>
    public string? RepositoryRoot { get; }

    /// <summary>The candidate data roots in resolution order, each with the label used in messages.</summary>
    public IReadOnlyList<(string Label, string Path)> Roots { get; }

    private bool EnvironmentVariableSet { get; }

    /// <summary>The command that downloads <paramref name="dataset"/>.</summary>
    public static string FetchCommand(string dataset) => $"environment/fetch-data.sh {dataset}";

    /// <summary>
    /// The folder of the first root above, or of <paramref name="start"/>, that holds <c>Siamese.Lib.sln</c>;
    /// null when there is none. Without <paramref name="start"/>, tries the working directory, then the
    /// folder of this assembly (a test or notebook run from elsewhere inside the checkout).
    /// </summary>
    public static string? FindRepositoryRoot(string? start = null)
    {
        var starts = start is not null
            ? new[] { start }
            : new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory };
        foreach (var s in starts)
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(s)); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
                {
                    return dir.FullName;
                }
            }
        }
        return null;
    }

    /// <summary>True when <paramref name="dataset"/> resolves (all its required files are in one root).</summary>
    public bool IsAvailable(string dataset) => TryResolve(dataset, out _);

    /// <summary>The dataset's folder (e.g. <c>/…/shared/data/mnist</c>) when it resolves.</summary>
    public bool TryResolve(string dataset, out string directory)
    {
        var required = Required(dataset);
        foreach (var (_, root) in Roots)
        {
            if (required.All(f => File.Exists(Path.Combine(root, f))))
            {
                directory = Path.Combine(root, dataset);
                return true;
            }
        }
        directory = "";
        return false;
    }

    /// <summary>The dataset's folder; throws <see cref="DatasetNotFoundException"/> listing every path tried.</summary>
    public string Resolve(string dataset)
    {
        if (TryResolve(dataset, out var directory))
        {
            return directory;
        }
        var required = Required(dataset);
        throw new DatasetNotFoundException(dataset, null, Tried(dataset, required));
    }

    /// <summary>
    /// The full path of one file of a dataset (<paramref name="relativePath"/> inside the dataset folder,
    /// e.g. <c>all_runs.zip</c>). The file may be one that is not required (an optional extra), in which case
    /// the first root holding it wins.
    /// </summary>
    public string ResolveFile(string dataset, string relativePath)
    {
        var rel = $"{dataset}/{relativePath.Replace('\\', '/')}";
        if (TryResolve(dataset, out var directory) && File.Exists(Path.Combine(directory, relativePath)))
        {
            return Path.Combine(directory, relativePath);
        }
        foreach (var (_, root) in Roots)
        {
            var candidate = Path.Combine(root, rel);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DatasetNotFoundException(dataset, relativePath, Tried(rel, [rel]));
    }

    private static IReadOnlyList<string> Required(string dataset) =>
        DatasetCatalog.RequiredFiles.TryGetValue(dataset, out var files)
            ? files
            : throw new ArgumentException(
                $"unknown dataset '{dataset}'; known: {string.Join(", ", DatasetCatalog.RequiredFiles.Keys)}", nameof(dataset));

    private List<string> Tried(string shown, IReadOnlyList<string> required)
    {
        var tried = new List<string>();
        if (!EnvironmentVariableSet)
        {
            tried.Add($"${EnvironmentVariable} (not set)");
        }
        if (RepositoryRoot is null)
        {
            tried.Add($"<repo>/data and <repo>/../shared/data (no {SolutionFileName} found above {Directory.GetCurrentDirectory()})");
        }
        foreach (var (label, root) in Roots)
        {
            var missing = required.Where(f => !File.Exists(Path.Combine(root, f))).ToList();
            var detail = missing.Count == required.Count
                ? "missing"
                : $"incomplete: {missing.Count} of {required.Count} files missing, e.g. {missing[0]}";
            tried.Add($"{label}: {Path.Combine(root, shown)} ({detail})");
        }
        return tried;
    }
}
