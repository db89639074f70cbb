namespace Siamese.Lib.Data;

/// <summary>
/// A dataset (or one of its files) is at none of the data locations. The message names the dataset,
/// every path tried and the command that fetches it (<c>environment/fetch-data.sh &lt;name&gt;</c>).
/// </summary>
public sealed class DatasetNotFoundException : FileNotFoundException
{
    /// <summary>Creates the exception for <paramref name="dataset"/> after trying <paramref name="pathsTried"/>.</summary>
    public DatasetNotFoundException(string dataset, string? file, IReadOnlyList<string> pathsTried)
        : base(BuildMessage(dataset, file, pathsTried), file)
    {
        Dataset = dataset;
        PathsTried = pathsTried;
    }

    /// <summary>The dataset's name in <c>data/datasets.json</c> (e.g. <c>mnist</c>).</summary>
    public string Dataset { get; }

    /// <summary>Every path that was looked at, in resolution order.</summary>
    public IReadOnlyList<string> PathsTried { get; }

    /// <summary>The shell command, run from the repository root, that downloads the dataset.</summary>
    public string FetchCommand => DataLocator.FetchCommand(Dataset);

    private static string BuildMessage(string dataset, string? file, IReadOnlyList<string> pathsTried)
    {
        var what = file is null ? $"Dataset '{dataset}'" : $"Dataset '{dataset}' (file {file})";
        var tried = string.Join(Environment.NewLine, pathsTried.Select(p => "  - " + p));
        return $"{what} was not found. Paths tried, in order:{Environment.NewLine}{tried}{Environment.NewLine}" +
               $"Fetch it with: {DataLocator.FetchCommand(dataset)} (from the repository root), " +
               $"or set {DataLocator.EnvironmentVariable} to a folder that holds {dataset}/.";
    }
}
