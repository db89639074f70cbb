using Microsoft.CodeAnalysis.Scripting;

namespace Siamese.Kernel.Scripting;

/// <summary>The result of running one cell.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="State">The script state to continue from (null: keep the previous one).</param>
/// <param name="HasValue">Whether the cell ended with an expression whose value should be shown.</param>
/// <param name="Value">That value.</param>
/// <param name="Error">The error, for <see cref="CellStatus.CompileError"/> and <see cref="CellStatus.RuntimeError"/>.</param>
internal sealed record CellOutcome(CellStatus Status, ScriptState<object>? State, bool HasValue, object? Value, JupyterError? Error)
{
    public static CellOutcome Failed(CellStatus status, JupyterError error, ScriptState<object>? state = null) =>
        new(status, state, false, null, error);
}
