using System.Text.RegularExpressions;

namespace Siamese.Kernel.Packages;

/// <summary>Turns a failed <c>dotnet restore</c> into the error a cell shows.</summary>
internal static partial class RestoreErrors
{
    public static PackageReferenceException FromOutput(string output, IEnumerable<PackageReference> packages, int tailLines)
    {
        var notFound = NotFound().Matches(output).Select(m => m.Groups["message"].Value.Trim()).Distinct().ToList();
        var requested = string.Join(", ", packages);
        if (notFound.Count > 0)
        {
            return PackageReferenceException.Create(PackageReferenceException.NotFoundName,
                string.Join(" ", notFound),
                [$"Packages asked for: {requested}.",
                 "Check the package name and version as nuget.org spells them. Offline, a package restores only if it is",
                 $"already in the local package cache ({LocalPackageCache.Folder}) or a reachable source;",
                 "restore it once where the source is reachable (or add a source to NuGet.Config), then re-run the cell."]);
        }
        var tail = output.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).TakeLast(tailLines).ToArray();
        return PackageReferenceException.Create(PackageReferenceException.RestoreFailedName,
            $"dotnet restore failed for {requested}.",
            ["The end of dotnet's output:", .. tail]);
    }

    /// <summary>NU1101 (no such package) and NU1102 (no such version): NuGet names the package, version and sources.</summary>
    [GeneratedRegex(@"error (?<code>NU110[12]): (?<message>.*(?:\n\s+- .*)*)")]
    private static partial Regex NotFound();
}
