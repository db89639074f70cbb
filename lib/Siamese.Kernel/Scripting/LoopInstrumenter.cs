using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Siamese.Kernel.Scripting;

/// <summary>
/// Inserts <see cref="InterruptGate.Check"/> at the top of every loop body of a cell (while, do, for, foreach),
/// bracing single-statement bodies. Insertions contain no line breaks, so runtime line numbers stay the
/// user's; compile diagnostics are mapped back with the returned <see cref="PositionMap"/>.
/// </summary>
internal static class LoopInstrumenter
{
    public const string CheckCall = "global::Siamese.Kernel.Scripting.InterruptGate.Check();";

    public static (string Code, PositionMap Map) Instrument(string code, CSharpParseOptions options)
    {
        var root = CSharpSyntaxTree.ParseText(code, options).GetRoot();
        var insertions = new List<(int Offset, int Order, string Text)>();
        foreach (var node in root.DescendantNodes())
        {
            var body = node switch
            {
                WhileStatementSyntax w => w.Statement,
                DoStatementSyntax d => d.Statement,
                ForStatementSyntax f => f.Statement,
                CommonForEachStatementSyntax f => f.Statement,
                _ => null,
            };
            if (body is null || body.IsMissing)
            {
                continue;
            }
            if (body is BlockSyntax block)
            {
                if (!block.OpenBraceToken.IsMissing)
                {
                    insertions.Add((block.OpenBraceToken.Span.End, 1, CheckCall));
                }
            }
            else
            {
                insertions.Add((body.SpanStart, 1, "{" + CheckCall));
                // Closing braces go before any opening text inserted at the same offset.
                insertions.Add((body.Span.End, 0, "}"));
            }
        }
        if (insertions.Count == 0)
        {
            return (code, PositionMap.Identity);
        }
        var ordered = insertions.OrderBy(i => i.Offset).ThenBy(i => i.Order).ToList();
        var result = new StringBuilder(code.Length + ordered.Sum(i => i.Text.Length));
        var position = 0;
        foreach (var (offset, _, text) in ordered)
        {
            result.Append(code, position, offset - position).Append(text);
            position = offset;
        }
        result.Append(code, position, code.Length - position);
        return (result.ToString(), new PositionMap([.. ordered.Select(i => (i.Offset, i.Text))]));
    }
}
