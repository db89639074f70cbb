using System.Runtime.CompilerServices;

namespace Siamese.Kernel.Scripting;

/// <summary>
/// The check the kernel inserts at the top of every loop body of a cell (<c>while (true) {}</c> included), so
/// that Jupyter's interrupt stops runaway cells without killing the process. .NET cannot abort a thread;
/// cooperative checks are the safe alternative.
/// </summary>
/// <remarks>
/// The fast path reads one static counter (cells interrupted but still running), so instrumented loops stay
/// fast; only while an interrupt is pending does a check look up its own cell through an async-local.
/// Static because instrumented code in any cell, or in classes declared by cells, must reach it.
/// </remarks>
public static class InterruptGate
{
    private static readonly AsyncLocal<CellExecution?> Current = new();
    private static volatile int interruptedRunning;

    /// <summary>Throws <see cref="CellInterruptedException"/> if the calling code's cell was interrupted.</summary>
    public static void Check()
    {
        if (interruptedRunning != 0)
        {
            CheckSlow();
        }
    }

    /// <summary>Cancelled when the calling code's cell is interrupted: pass it to long awaits (<c>Task.Delay</c>, I/O).</summary>
    public static CancellationToken CancellationToken => Current.Value?.Token ?? CancellationToken.None;

    internal static void Enter(CellExecution cell) => Current.Value = cell;

    internal static void AddInterrupted() => Interlocked.Increment(ref interruptedRunning);

    internal static void RemoveInterrupted() => Interlocked.Decrement(ref interruptedRunning);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CheckSlow()
    {
        if (Current.Value is { IsInterrupted: true })
        {
            throw new CellInterruptedException();
        }
    }
}
