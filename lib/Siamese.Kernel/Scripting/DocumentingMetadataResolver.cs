using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace Siamese.Kernel.Scripting;

/// <summary>
/// Resolves <c>#r</c> like Roslyn's script resolver (relative paths against the notebook's folder), and attaches
/// the assembly's XML documentation (an .xml next to the .dll) so that inspection shows it.
/// </summary>
internal sealed class DocumentingMetadataResolver(ScriptMetadataResolver inner, DefaultContextLoader loader) : MetadataReferenceResolver
{
    private readonly ScriptMetadataResolver resolver = inner;
    private readonly DefaultContextLoader contextLoader = loader;

    public override bool ResolveMissingAssemblies => resolver.ResolveMissingAssemblies;

    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties) =>
        [.. resolver.ResolveReference(reference, baseFilePath, properties).Select(Documented)];

    private PortableExecutableReference Documented(PortableExecutableReference r)
    {
        if (r.FilePath is not { } path)
        {
            return r;
        }
        contextLoader.Add(path);
        return File.Exists(Path.ChangeExtension(path, ".xml")) ? ReferenceSet.Create(path, null, r.Properties) : r;
    }

    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity) =>
        resolver.ResolveMissingAssembly(definition, referenceIdentity);

    public override bool Equals(object? other) => other is DocumentingMetadataResolver d && d.resolver.Equals(resolver) && ReferenceEquals(d.contextLoader, contextLoader);

    public override int GetHashCode() => resolver.GetHashCode();
}
