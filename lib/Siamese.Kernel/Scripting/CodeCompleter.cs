using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Siamese.Kernel.Scripting;

/// <summary>
/// Completion from Roslyn's semantic model (the Features package with the IDE's completion service does not
/// restore here): members after a dot (<c>"abc".</c> lists <c>Length</c>), otherwise every symbol in scope
/// (earlier cells' variables included) and the C# keywords.
/// </summary>
internal static class CodeCompleter
{
    private static readonly string[] Keywords =
        [.. SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds()).Select(SyntaxFacts.GetText).Distinct()];

    public static CompletionResult Complete(Compilation compilation, SyntaxTree tree, int cursor)
    {
        var code = tree.GetText().ToString();
        cursor = Math.Clamp(cursor, 0, code.Length);
        var start = cursor;
        while (start > 0 && (char.IsLetterOrDigit(code[start - 1]) || code[start - 1] == '_'))
        {
            start--;
        }
        var prefix = code[start..cursor];
        var model = compilation.GetSemanticModel(tree);
        var root = tree.GetRoot();

        IEnumerable<ISymbol> symbols;
        var includeKeywords = false;
        var dot = start > 0 ? root.FindToken(start - 1) : default;
        if (dot.IsKind(SyntaxKind.DotToken) && dot.Span.End == start)
        {
            symbols = MemberSymbols(model, dot, start);
        }
        else
        {
            symbols = model.LookupSymbols(start);
            includeKeywords = true;
        }

        var candidates = symbols
            .Where(s => s.CanBeReferencedByName && s.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .GroupBy(s => s.Name)
            .Select(g => (Name: g.Key, Kind: Kind(g.First())));
        if (includeKeywords)
        {
            candidates = candidates.Concat(Keywords.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Select(k => (k, "keyword")));
        }
        var sorted = candidates.DistinctBy(c => c.Name).OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        return new CompletionResult([.. sorted.Select(c => c.Name)], [.. sorted.Select(c => c.Kind)], start, cursor);
    }

    private static IEnumerable<ISymbol> MemberSymbols(SemanticModel model, SyntaxToken dot, int position)
    {
        ExpressionSyntax? left = dot.Parent switch
        {
            MemberAccessExpressionSyntax access => access.Expression,
            QualifiedNameSyntax qualified => qualified.Left,
            MemberBindingExpressionSyntax { Parent: ConditionalAccessExpressionSyntax conditional } => conditional.Expression,
            _ => null,
        };
        if (left is null)
        {
            return [];
        }
        var symbol = model.GetSymbolInfo(left).Symbol;
        if (symbol is INamespaceOrTypeSymbol container)
        {
            // Type.Member or Namespace.Member: static members, nested types, namespaces.
            return model.LookupSymbols(position, container)
                .Where(s => s.IsStatic || s is INamespaceOrTypeSymbol || container is INamespaceSymbol);
        }
        var type = model.GetTypeInfo(left).Type;
        if (type is null || type.TypeKind == TypeKind.Error)
        {
            return [];
        }
        return model.LookupSymbols(position, type, includeReducedExtensionMethods: true).Where(s => !s.IsStatic);
    }

    private static string Kind(ISymbol symbol) => symbol switch
    {
        IMethodSymbol => "method",
        IPropertySymbol => "property",
        IFieldSymbol { IsConst: true } => "constant",
        IFieldSymbol => "field",
        IEventSymbol => "event",
        ILocalSymbol => "variable",
        IParameterSymbol => "variable",
        INamespaceSymbol => "module",
        INamedTypeSymbol { TypeKind: TypeKind.Interface } => "interface",
        INamedTypeSymbol { TypeKind: TypeKind.Struct } => "struct",
        INamedTypeSymbol { TypeKind: TypeKind.Enum } => "enum",
        INamedTypeSymbol => "class",
        _ => "text",
    };
}
