using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;
using Siamese.Kernel.Packages;

namespace Siamese.Kernel.Scripting;

/// <summary>
/// The C# session behind a notebook: Roslyn scripting state carried from cell to cell, compile and run,
/// completion and inspection against that state. Cells run on the caller's thread; the caller decides whether
/// to commit the resulting state (an abandoned cell's state is never committed).
/// </summary>
internal sealed class ScriptSession
{
    /// <summary>
    /// Namespaces every cell imports: exactly .NET Interactive's C# defaults, so that a cell that compiles here
    /// compiles there (notebook 05 once used <c>Stopwatch</c> unqualified and failed only in .NET Interactive).
    /// </summary>
    public static readonly string[] DefaultImports =
    [
        "System", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading.Tasks",
    ];

    private static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.Latest, DocumentationMode.Parse, SourceCodeKind.Script);

    private readonly string notebookDirectory;
    private readonly PackageManager packages;
    private readonly Task<(ScriptOptions Options, ScriptState<object> State)> startup;
    private readonly object gate = new();
    private readonly DefaultContextLoader loader = new();
    private ScriptState<object>? committed;

    /// <summary>
    /// Starts the session in the background: gathering references and compiling a throwaway cell JIT-compiles
    /// Roslyn while the front end connects; the first cell waits for it.
    /// </summary>
    public ScriptSession(ScriptGlobals globals, string notebookDirectory, PackageManager packages)
    {
        this.notebookDirectory = notebookDirectory;
        this.packages = packages;
        startup = Task.Run(async () =>
        {
            var options = ScriptOptions.Default
                .WithReferences(ReferenceSet.Create())
                .WithImports(DefaultImports)
                .WithMetadataResolver(new DocumentingMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(notebookDirectory), loader))
                .WithSourceResolver(ScriptSourceResolver.Default.WithBaseDirectory(notebookDirectory))
                .WithEmitDebugInformation(true)
                .WithFileEncoding(System.Text.Encoding.UTF8)
                .WithOptimizationLevel(OptimizationLevel.Release)
                .WithAllowUnsafe(true)
                .WithLanguageVersion(LanguageVersion.Latest);
            await CSharpScript.Create("System.Linq.Enumerable.Range(0, 3).Sum()", options, typeof(ScriptGlobals), loader.Loader)
                .RunAsync(globals);
            var initial = await CSharpScript.Create("", options.WithFilePath(CellPath(0)), typeof(ScriptGlobals), loader.Loader)
                .RunAsync(globals);
            return (options, initial);
        });
    }

    /// <summary>The options of the next cell: the start-up ones plus every package restored so far.</summary>
    private ScriptOptions Options
    {
        get
        {
            foreach (var path in packages.References.OfType<PortableExecutableReference>().Select(r => r.FilePath))
            {
                if (path is not null)
                {
                    loader.Add(path);
                }
            }
            return startup.GetAwaiter().GetResult().Options.AddReferences(packages.References);
        }
    }

    /// <summary>The state the next cell continues from (waits for start-up to finish).</summary>
    public ScriptState<object> State
    {
        get
        {
            lock (gate)
            {
                return committed ?? startup.GetAwaiter().GetResult().State;
            }
        }
    }

    /// <summary>Makes <paramref name="state"/> the one the next cell continues from.</summary>
    public void Commit(ScriptState<object> state)
    {
        lock (gate)
        {
            committed = state;
        }
    }

    /// <summary>Compiles and runs one cell on the calling thread (does not commit).</summary>
    public CellOutcome Execute(string code, int cellNumber, CellExecution cell)
    {
        var previous = State;
        string compiled;
        try
        {
            var extracted = PackageDirectives.Extract(code);
            if (extracted.References.Count > 0)
            {
                packages.Add(extracted.References, cell.Token);
            }
            compiled = extracted.Code;
        }
        catch (PackageReferenceException e)
        {
            return CellOutcome.Failed(CellStatus.CompileError, e.Error);
        }
        catch (OperationCanceledException)
        {
            return CellOutcome.Failed(CellStatus.RuntimeError, ErrorReport.FromException(new CellInterruptedException()));
        }
        var (instrumented, map) = LoopInstrumenter.Instrument(compiled, ParseOptions);
        var path = CellPath(cellNumber);
        var script = previous.Script.ContinueWith(instrumented, Options.WithFilePath(path));
        var diagnostics = script.Compile();
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return CellOutcome.Failed(CellStatus.CompileError, ErrorReport.FromDiagnostics(diagnostics, code, map, path));
        }
        var compilation = script.GetCompilation();
        var hasValue = EndsWithValue(compilation, path);

        InterruptGate.Enter(cell);
        ScriptState<object> next;
        try
        {
            next = script.RunFromAsync(previous, _ => true).GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            return CellOutcome.Failed(CellStatus.RuntimeError, ErrorReport.FromException(e));
        }
        if (next.Exception is { } exception)
        {
            return CellOutcome.Failed(CellStatus.RuntimeError, ErrorReport.FromException(exception), next);
        }
        return new CellOutcome(CellStatus.Ok, next, hasValue, next.ReturnValue, null);
    }

    /// <summary>Completions at <paramref name="cursor"/> (UTF-16 index) of <paramref name="code"/>.</summary>
    public CompletionResult Complete(string code, int cursor)
    {
        var (compilation, tree) = Analyze(code);
        return CodeCompleter.Complete(compilation, tree, cursor);
    }

    /// <summary>A description of the symbol at <paramref name="cursor"/> (UTF-16 index), or null.</summary>
    public string? Inspect(string code, int cursor)
    {
        var (compilation, tree) = Analyze(code);
        return SymbolInspector.Inspect(compilation, tree, cursor);
    }

    /// <summary>Whether <paramref name="code"/> is a whole submission (Enter runs it) or needs more lines.</summary>
    public static bool IsComplete(string code) =>
        SyntaxFactory.IsCompleteSubmission(CSharpSyntaxTree.ParseText(code, ParseOptions));

    /// <summary>Whether <paramref name="code"/> has syntax errors (more lines cannot fix a complete submission's).</summary>
    public static bool HasSyntaxErrors(string code) =>
        CSharpSyntaxTree.ParseText(code, ParseOptions).GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);

    private (Compilation Compilation, SyntaxTree Tree) Analyze(string code)
    {
        var path = Path.Combine(notebookDirectory, "completion.csx");
        var compilation = State.Script.ContinueWith(code, Options.WithFilePath(path)).GetCompilation();
        var tree = compilation.SyntaxTrees.First(t => t.FilePath == path);
        return (compilation, tree);
    }

    /// <summary>Whether the cell ends with an expression without a semicolon whose type is not void.</summary>
    private static bool EndsWithValue(Compilation compilation, string path)
    {
        var tree = compilation.SyntaxTrees.First(t => t.FilePath == path);
        if (tree.GetRoot() is not CompilationUnitSyntax unit
            || unit.Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax statement }
            || !statement.SemicolonToken.IsMissing)
        {
            return false;
        }
        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }

    private string CellPath(int number) => Path.Combine(notebookDirectory, ErrorReport.CellFileName(number));
}
