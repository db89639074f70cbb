using System.Globalization;
using System.Xml;
using Microsoft.CodeAnalysis;

namespace Siamese.Kernel.Scripting;

/// <summary>
/// An assembly's XML documentation file, read on first use (Roslyn's own provider lives in the Workspaces
/// package, which the kernel does not need otherwise).
/// </summary>
internal sealed class XmlDocumentation(string path) : DocumentationProvider
{
    private readonly string file = path;
    private readonly Lazy<Dictionary<string, string>> members = new(() => Read(path));

    protected override string? GetDocumentationForSymbol(string documentationMemberID, CultureInfo preferredCulture, CancellationToken cancellationToken = default) =>
        members.Value.TryGetValue(documentationMemberID, out var xml) ? xml : null;

    public override bool Equals(object? obj) => obj is XmlDocumentation other && other.file == file;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(file);

    private static Dictionary<string, string> Read(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, IgnoreWhitespace = true });
            reader.MoveToContent();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Name == "member" && reader.GetAttribute("name") is { } name)
                {
                    result[name] = reader.ReadOuterXml();
                }
                else
                {
                    reader.Read();
                }
            }
        }
        catch (Exception e) when (e is XmlException or IOException)
        {
            // Documentation is a convenience: a broken file means no doc text, never a failed cell.
        }
        return result;
    }
}
