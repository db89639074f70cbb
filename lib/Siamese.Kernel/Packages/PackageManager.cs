using Microsoft.CodeAnalysis;
using Siamese.Kernel.Scripting;

namespace Siamese.Kernel.Packages;

/// <summary>
/// The packages of one kernel session. Each <c>#r "nuget:"</c> cell restores everything asked for so far as one
/// set (so versions of shared dependencies agree), and adds the new assemblies as references of every later cell.
/// An assembly the kernel already has (the framework, the Formatting registry, Roslyn) is never loaded twice:
/// cells get the kernel's copy, and of two packages carrying the same assembly the first referenced wins.
/// </summary>
internal sealed class PackageManager(PackageRestorer restorer) : IDisposable
{
    private readonly object gate = new();
    private readonly Dictionary<string, PackageReference> requested = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MetadataReference> referencesByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly NativeLibraryResolver natives = new();
    private readonly HashSet<string> kernelAssemblies = KernelAssemblies();

    /// <summary>The references packages added so far (passed to every cell's compilation).</summary>
    public IReadOnlyList<MetadataReference> References
    {
        get
        {
            lock (gate)
            {
                return [.. referencesByName.Values];
            }
        }
    }

    /// <summary>Restores <paramref name="packages"/> with those already added; their assemblies become references.</summary>
    /// <exception cref="PackageReferenceException">A version conflict, an unknown package, or a failed restore.</exception>
    public void Add(IReadOnlyList<PackageReference> packages, CancellationToken cancellation)
    {
        lock (gate)
        {
            var set = new Dictionary<string, PackageReference>(requested, StringComparer.Ordinal);
            foreach (var package in packages)
            {
                if (set.TryGetValue(package.Id, out var earlier) && earlier.Version != package.Version)
                {
                    throw PackageReferenceException.Create(PackageReferenceException.RestoreFailedName,
                        $"{earlier.Name} {earlier.Version} is already referenced in this session; {package.Version} cannot be loaded beside it.",
                        "Restart the kernel to change a package's version (loaded assemblies cannot be unloaded).");
                }
                set[package.Id] = package;
            }
            var restored = restorer.Restore(set.Values, cancellation);
            foreach (var path in restored.Assemblies)
            {
                var name = Path.GetFileNameWithoutExtension(path);
                // The kernel's own assemblies are already references of every cell (or, like Roslyn, loaded once).
                if (!kernelAssemblies.Contains(name) && !referencesByName.ContainsKey(name))
                {
                    referencesByName[name] = ReferenceSet.Create(path, null);
                }
            }
            natives.AddDirectories(restored.NativeDirectories);
            foreach (var (id, package) in set)
            {
                requested[id] = package;
            }
        }
    }

    /// <summary>The assemblies the kernel process was started with (framework and its own), by simple name.</summary>
    private static HashSet<string> KernelAssemblies() =>
        new(((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(Path.GetFileNameWithoutExtension).OfType<string>(), StringComparer.OrdinalIgnoreCase);

    public void Dispose() => natives.Dispose();
}
