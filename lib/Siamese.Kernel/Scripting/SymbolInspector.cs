using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Siamese.Kernel.Scripting;

/// <summary>
/// What Shift+Tab shows: the symbol under the cursor (signature, kind), the type of the expression, and its
/// XML documentation summary, parameters and return value when the assembly ships docs.
/// </summary>
internal static partial class SymbolInspector
{
    private static readonly SymbolDisplayFormat Signature = SymbolDisplayFormat.MinimallyQualifiedFormat
        .AddMemberOptions(SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeType)
        .AddParameterOptions(SymbolDisplayParameterOptions.IncludeDefaultValue);

    /// <summary>The description, or null when nothing is under the cursor.</summary>
    public static string? Inspect(Compilation compilation, SyntaxTree tree, int cursor)
    {
        var root = tree.GetRoot();
        var model = compilation.GetSemanticModel(tree);
        cursor = Math.Clamp(cursor, 0, root.FullSpan.End);
        var token = root.FindToken(cursor);
        if (!token.IsKind(SyntaxKind.IdentifierToken) && cursor > 0)
        {
            token = root.FindToken(cursor - 1);
        }
        for (var node = token.Parent; node is not null; node = node.Parent)
        {
            var info = model.GetSymbolInfo(node);
            var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault() ?? model.GetDeclaredSymbol(node);
            if (symbol is not null)
            {
                return Describe(symbol, model.GetTypeInfo(node).Type);
            }
            if (model.GetTypeInfo(node).Type is { TypeKind: not TypeKind.Error } type)
            {
                return Describe(type, null);
            }
        }
        return null;
    }

    private static string Describe(ISymbol symbol, ITypeSymbol? expressionType)
    {
        var text = new StringBuilder();
        text.Append(KindName(symbol)).Append(' ').AppendLine(symbol.ToDisplayString(Signature));
        var valueType = symbol switch
        {
            ILocalSymbol l => l.Type,
            IFieldSymbol f => f.Type,
            IPropertySymbol p => p.Type,
            IParameterSymbol p => p.Type,
            _ => expressionType,
        };
        if (valueType is not null && !SymbolEqualityComparer.Default.Equals(valueType, symbol))
        {
            text.Append("Type: ").AppendLine(valueType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat));
        }
        var docs = Documentation(symbol.OriginalDefinition) ?? (valueType is null ? null : Documentation(valueType.OriginalDefinition));
        if (docs is not null)
        {
            text.AppendLine().Append(docs);
        }
        return text.ToString().TrimEnd();
    }

    private static string KindName(ISymbol symbol) => symbol switch
    {
        INamedTypeSymbol t => t.TypeKind.ToString().ToLowerInvariant(),
        IMethodSymbol => "method",
        IPropertySymbol => "property",
        IFieldSymbol => "field",
        ILocalSymbol => "local",
        IParameterSymbol => "parameter",
        INamespaceSymbol => "namespace",
        _ => symbol.Kind.ToString().ToLowerInvariant(),
    };

    private static string? Documentation(ISymbol symbol)
    {
        var xml = symbol.GetDocumentationCommentXml(expandIncludes: true);
        if (string.IsNullOrWhiteSpace(xml))
        {
            return null;
        }
        XElement member;
        try
        {
            member = XElement.Parse(xml);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
        var text = new StringBuilder();
        if (member.Element("summary") is { } summary)
        {
            text.AppendLine(Flatten(summary));
        }
        foreach (var parameter in member.Elements("param"))
        {
            text.Append("  ").Append(parameter.Attribute("name")?.Value).Append(": ").AppendLine(Flatten(parameter));
        }
        if (member.Element("returns") is { } returns)
        {
            text.Append("Returns: ").AppendLine(Flatten(returns));
        }
        return text.Length == 0 ? null : text.ToString();
    }

    /// <summary>Doc XML to plain text: cref links become their names, whitespace is collapsed.</summary>
    private static string Flatten(XElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            text.Append(node switch
            {
                XText t => t.Value,
                XElement e when e.Attribute("cref") is { } cref => ShortName(cref.Value),
                XElement e when e.Attribute("langword") is { } word => word.Value,
                XElement e when e.Attribute("name") is { } name && e.IsEmpty => name.Value,
                XElement e => Flatten(e),
                _ => "",
            });
        }
        return Whitespace().Replace(text.ToString(), " ").Trim();
    }

    private static string ShortName(string cref)
    {
        var name = cref.Length > 2 && cref[1] == ':' ? cref[2..] : cref;
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0)
        {
            name = name[..paren];
        }
        var dot = name.LastIndexOf('.');
        return dot >= 0 ? name[(dot + 1)..] : name;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
