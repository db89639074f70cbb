namespace Siamese.Lib.Tests;

/// <summary>The repository the tests run from (the folder holding Siamese.Lib.sln above the test binaries).</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Siamese.Lib.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new DirectoryNotFoundException("Siamese.Lib.sln not found above the tests");
    }
}
