using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Siamese.Kernel.Scripting;

/// <summary>
/// Turns compile diagnostics and runtime exceptions into Jupyter errors that speak of cells: positions as
/// "cell line, column" of the code the user typed, tracebacks trimmed to user code.
/// </summary>
internal static partial class ErrorReport
{
    private const string Red = "\u001b[0;31m";
    private const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";

    /// <summary>Submission assemblies are named "ℛ*guid#n-m" by Roslyn scripting.</summary>
    private const string SubmissionAssemblyPrefix = "\u211B*";

    public const string CompilationErrorName = "CompilationError";

    /// <summary>The file name given to cell <paramref name="number"/>, so that stack traces can name the cell.</summary>
    public static string CellFileName(int number) => $"cell{number}.csx";

    public static JupyterError FromDiagnostics(IEnumerable<Diagnostic> diagnostics, string originalCode, PositionMap map, string cellPath)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var text = SourceText.From(originalCode);
        var lines = new List<string>();
        string? first = null;
        foreach (var error in errors)
        {
            string where;
            string? sourceLine = null;
            var column = 0;
            if (error.Location.IsInSource && error.Location.SourceTree?.FilePath == cellPath)
            {
                var position = text.Lines.GetLinePosition(Math.Min(map.ToOriginal(error.Location.SourceSpan.Start), text.Length));
                where = $"({position.Line + 1},{position.Character + 1})";
                sourceLine = text.Lines[position.Line].ToString();
                column = position.Character;
            }
            else if (error.Location.IsInSource)
            {
                var span = error.Location.GetLineSpan();
                where = $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
            }
            else
            {
                where = "";
            }
            var message = $"{where}: error {error.Id}: {error.GetMessage()}";
            first ??= message;
            lines.Add($"{Red}{where}: error {error.Id}{Reset}: {error.GetMessage()}");
            if (sourceLine is not null)
            {
                lines.Add("    " + sourceLine);
                lines.Add("    " + new string(' ', column) + "^");
            }
        }
        var summary = first ?? "compilation failed";
        if (errors.Count > 1)
        {
            summary += $" (and {errors.Count - 1} more error{(errors.Count > 2 ? "s" : "")})";
        }
        return new JupyterError(CompilationErrorName, summary, lines);
    }

    public static JupyterError FromException(Exception exception)
    {
        exception = Unwrap(exception);
        var lines = new List<string> { $"{Red}{Bold}{exception.GetType().FullName}{Reset}: {exception.Message}" };
        lines.AddRange(Frames(exception));
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            lines.Add($" ---> {Red}{inner.GetType().FullName}{Reset}: {inner.Message}");
            lines.AddRange(Frames(inner));
        }
        return new JupyterError(exception.GetType().Name, exception.Message, lines);
    }

    private static Exception Unwrap(Exception exception) => exception switch
    {
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        _ => exception,
    };

    private static IEnumerable<string> Frames(Exception exception)
    {
        var frames = new StackTrace(exception, fNeedFileInfo: true).GetFrames()
            .Where(f => f.GetMethod() is { } m && !IsPlumbing(m))
            .ToList();
        var lastUser = frames.FindLastIndex(IsUserFrame);
        // Without any user frame (an exception from a background task, say) keep a few top frames for context.
        const int contextFrames = 8;
        var kept = lastUser >= 0 ? frames.Take(lastUser + 1) : frames.Take(contextFrames);
        return kept.Select(Describe);
    }

    private static bool IsPlumbing(MethodBase method)
    {
        var type = method.DeclaringType;
        var ns = type?.Namespace ?? "";
        return type == typeof(InterruptGate)
               || ns.StartsWith("System.Runtime.CompilerServices", StringComparison.Ordinal)
               || ns.StartsWith("System.Runtime.ExceptionServices", StringComparison.Ordinal)
               || ns.StartsWith("System.Threading.Tasks", StringComparison.Ordinal)
               || ns.StartsWith("System.Threading.ExecutionContext", StringComparison.Ordinal);
    }

    private static bool IsUserFrame(StackFrame frame) =>
        frame.GetMethod()?.DeclaringType?.Assembly.GetName().Name?.StartsWith(SubmissionAssemblyPrefix, StringComparison.Ordinal) == true;

    private static string Describe(StackFrame frame)
    {
        var method = frame.GetMethod()!;
        var name = MethodName(method, IsUserFrame(frame));
        var file = frame.GetFileName();
        var line = frame.GetFileLineNumber();
        if (file is null || line == 0)
        {
            return $"   at {name}";
        }
        var cell = CellFilePattern().Match(Path.GetFileName(file));
        var where = cell.Success ? $"cell {cell.Groups[1].Value}, line {line}" : $"{Path.GetFileName(file)}:line {line}";
        return $"   at {name} in {where}";
    }

    private static string MethodName(MethodBase method, bool user)
    {
        var type = method.DeclaringType;
        var parameters = string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name));
        if (!user)
        {
            return $"{type?.FullName?.Replace('+', '.')}.{method.Name}({parameters})";
        }
        // Submission code: the cell body lives in "<<Initialize>>d__0.MoveNext", local functions in "<<Initialize>>g__name|..".
        var typeName = type?.Name ?? "";
        if (typeName.Contains("<Initialize>", StringComparison.Ordinal) || method.Name.Contains("<Initialize>", StringComparison.Ordinal)
            && !method.Name.Contains("g__", StringComparison.Ordinal))
        {
            return "<cell>";
        }
        var local = LocalFunctionPattern().Match(method.Name);
        if (local.Success)
        {
            return $"{local.Groups[1].Value}({parameters})";
        }
        var owner = type is null || type.Name.StartsWith("Submission#", StringComparison.Ordinal) ? "" : UserTypeName(type) + ".";
        return $"{owner}{method.Name}({parameters})";
    }

    private static string UserTypeName(Type type)
    {
        var names = new List<string>();
        for (var t = type; t is not null && !t.Name.StartsWith("Submission#", StringComparison.Ordinal); t = t.DeclaringType)
        {
            names.Insert(0, t.Name);
        }
        return string.Join(".", names);
    }

    [GeneratedRegex(@"^cell(\d+)\.csx$")]
    private static partial Regex CellFilePattern();

    [GeneratedRegex(@"g__([^|]+)\|")]
    private static partial Regex LocalFunctionPattern();
}
