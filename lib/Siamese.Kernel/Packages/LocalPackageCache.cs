namespace Siamese.Kernel.Packages;

/// <summary>
/// NuGet's global packages folder (<c>NUGET_PACKAGES</c>, else <c>~/.nuget/packages</c>): where restores put
/// packages and where a <c>#r "nuget: Name"</c> without a version finds the newest one already present.
/// </summary>
internal static class LocalPackageCache
{
    public static string Folder =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>
    /// The newest version of <paramref name="name"/> in the cache (stable before prerelease of the same number),
    /// or null when none is there. Deterministic: the same folder always gives the same answer.
    /// </summary>
    public static string? NewestVersion(string name)
    {
        var folder = Path.Combine(Folder, name.ToLowerInvariant());
        if (!Directory.Exists(folder))
        {
            return null;
        }
        return Directory.GetDirectories(folder)
            .Where(d => File.Exists(Path.Combine(d, ".nupkg.metadata")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Select(v => (Text: v, Key: PackageVersion.TryParse(v)))
            .Where(v => v.Key is not null)
            .OrderBy(v => v.Key)
            .Select(v => v.Text)
            .LastOrDefault();
    }
}
