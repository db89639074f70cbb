using System.Text.RegularExpressions;

namespace Siamese.Kernel.Packages;

/// <summary>
/// Finds the <c>#r "nuget: Name, Version"</c> lines of a cell (any number of them) and takes them out of the code
/// Roslyn compiles: each is replaced by spaces of the same length, so line and column numbers of errors still
/// point at the code as typed.
/// </summary>
internal static partial class PackageDirectives
{
    /// <summary>The parsed references and the code left for the compiler.</summary>
    /// <param name="Code">The cell with every package line blanked.</param>
    /// <param name="References">The packages, in the order written.</param>
    public sealed record Extracted(string Code, IReadOnlyList<PackageReference> References);

    /// <summary>
    /// Extracts the package references of <paramref name="code"/>. A reference without a version takes the newest
    /// in the local package cache.
    /// </summary>
    /// <exception cref="PackageReferenceException">A reference is malformed, or has no version and none is cached.</exception>
    public static Extracted Extract(string code)
    {
        var references = new List<PackageReference>();
        var blanked = Directive().Replace(code, match =>
        {
            references.Add(Parse(match.Groups["spec"].Value));
            return new string(' ', match.Length);
        });
        return new Extracted(blanked, references);
    }

    /// <summary>Parses the text after <c>nuget:</c>: <c>Name</c> or <c>Name, Version</c>.</summary>
    private static PackageReference Parse(string spec)
    {
        var parts = spec.Split(',').Select(p => p.Trim()).ToArray();
        var name = parts[0];
        if (parts.Length > 2 || name.Length == 0 || !PackageId().IsMatch(name))
        {
            throw SyntaxError(spec, name.Length == 0 ? "the package name is missing" : $"'{spec.Trim()}' is not 'Name' or 'Name, Version'");
        }
        if (parts.Length == 2)
        {
            if (PackageVersion.TryParse(parts[1]) is null)
            {
                throw SyntaxError(spec, $"'{parts[1]}' is not a package version");
            }
            return new PackageReference(name, parts[1]);
        }
        var newest = LocalPackageCache.NewestVersion(name)
            ?? throw PackageReferenceException.Create(PackageReferenceException.SyntaxErrorName,
                $"#r \"nuget: {name}\" has no version, and no version of {name} is in the local package cache " +
                $"({LocalPackageCache.Folder}) to choose from.",
                $"Give the version: #r \"nuget: {name}, <version>\" (a notebook runs the same everywhere only with pinned versions).");
        return new PackageReference(name, newest);
    }

    private static PackageReferenceException SyntaxError(string spec, string problem) =>
        PackageReferenceException.Create(PackageReferenceException.SyntaxErrorName,
            $"#r \"nuget:{spec}\": {problem}.",
            "Write it as #r \"nuget: Name, Version\", e.g. #r \"nuget: Plotly.NET, 6.0.0\" (one package per line).");

    /// <summary>A whole <c>#r "nuget:..."</c> line (leading blanks allowed, nothing after the closing quote but blanks or a comment).</summary>
    [GeneratedRegex(@"^[ \t]*#r[ \t]+""[ \t]*nuget[ \t]*:(?<spec>[^""\r\n]*)""[ \t]*(//[^\r\n]*)?(?=\r?$)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex Directive();

    /// <summary>What NuGet accepts as a package id.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$")]
    private static partial Regex PackageId();
}
