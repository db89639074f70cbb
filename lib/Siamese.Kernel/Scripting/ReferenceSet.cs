using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace Siamese.Kernel.Scripting;

/// <summary>
/// The assemblies every cell can use: the whole shared framework the kernel runs on, the formatter registry
/// .NET Interactive uses (Microsoft.DotNet.Interactive.Formatting, which cells and libraries register formatters
/// with) and the kernel itself (for <see cref="ScriptGlobals"/>). XML documentation is attached where it exists (next to
/// an assembly, or in the SDK's reference pack for framework assemblies) so that inspection shows doc text.
/// </summary>
internal static class ReferenceSet
{
    /// <summary>The framework assembly whose reference-pack XML documents the types of System.Private.CoreLib.</summary>
    private const string CoreLibDocumentationAssembly = "System.Runtime";

    /// <summary>
    /// Assemblies of the kernel's own that cells share with it, one copy in the process: a package or a library
    /// that brings its own copy of one of these is given the kernel's instead (one <c>Formatter</c> registry).
    /// </summary>
    public static IReadOnlyList<string> SharedWithCells { get; } =
    [
        typeof(Microsoft.DotNet.Interactive.Formatting.Formatter).Assembly.Location,
        typeof(Microsoft.AspNetCore.Html.IHtmlContent).Assembly.Location,
    ];

    public static IReadOnlyList<MetadataReference> Create()
    {
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        var docsDirectory = FindReferencePackDocs(runtimeDirectory);
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetDirectoryName(p) is { } dir && Path.GetFullPath(dir + Path.DirectorySeparatorChar)
                        == Path.GetFullPath(runtimeDirectory))
            .Where(p => !Path.GetFileName(p).StartsWith("Microsoft.VisualBasic", StringComparison.Ordinal));
        var references = trusted.Select(path => Create(path, docsDirectory)).ToList();
        foreach (var path in SharedWithCells)
        {
            references.Add(Create(path, null));
        }
        references.Add(Create(typeof(ScriptGlobals).Assembly.Location, null));
        return references;
    }

    /// <summary>A reference to an assembly file, with its XML documentation when one can be found.</summary>
    public static PortableExecutableReference Create(string path, string? docsDirectory, MetadataReferenceProperties properties = default)
    {
        var xml = Path.ChangeExtension(path, ".xml");
        if (!File.Exists(xml) && docsDirectory is not null)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            xml = Path.Combine(docsDirectory, (name == "System.Private.CoreLib" ? CoreLibDocumentationAssembly : name) + ".xml");
        }
        var documentation = File.Exists(xml) ? new XmlDocumentation(xml) : null;
        return MetadataReference.CreateFromFile(path, properties, documentation);
    }

    /// <summary>
    /// The SDK's Microsoft.NETCore.App.Ref folder of the running major version (the runtime folder itself has no
    /// XML docs); null when only a runtime is installed.
    /// </summary>
    private static string? FindReferencePackDocs(string runtimeDirectory)
    {
        // runtime: <root>/shared/Microsoft.NETCore.App/<version>/ ; docs: <root>/packs/Microsoft.NETCore.App.Ref/<version>/ref/net<major>.0/
        var root = new DirectoryInfo(runtimeDirectory).Parent?.Parent?.Parent;
        var packs = root is null ? null : Path.Combine(root.FullName, "packs", "Microsoft.NETCore.App.Ref");
        if (packs is null || !Directory.Exists(packs))
        {
            return null;
        }
        var major = Environment.Version.Major;
        var tfm = $"net{major}.0";
        return Directory.GetDirectories(packs, $"{major}.*")
            .Select(d => Path.Combine(d, "ref", tfm))
            .Where(Directory.Exists)
            .OrderByDescending(d => d, StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
