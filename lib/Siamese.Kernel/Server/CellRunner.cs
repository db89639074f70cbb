using Siamese.Kernel.Display;
using Siamese.Kernel.Scripting;

namespace Siamese.Kernel.Server;

/// <summary>
/// Runs each cell on its own thread so that the control channel can interrupt it. An interrupt makes the
/// cell's loop checks throw and wakes its waits; a cell still running after <see cref="AbandonAfter"/> (blocked
/// in library code) is abandoned: the kernel answers, keeps the state from before that cell, and the thread is
/// left to finish on its own.
/// </summary>
internal sealed class CellRunner(ScriptSession session, KernelLog log)
{
    /// <summary>How long an interrupted cell may take to stop before it is abandoned.</summary>
    public static readonly TimeSpan AbandonAfter = TimeSpan.FromSeconds(3);

    /// <summary>Stack of a cell thread: deep recursion in notebooks is common (recursive models, parsers).</summary>
    private const int CellStackBytes = 16 * 1024 * 1024;

    private static readonly TimeSpan WaitSlice = TimeSpan.FromMilliseconds(50);

    private readonly object gate = new();
    private (CellExecution Cell, Thread Thread)? running;
    private DateTime interruptedAt;

    /// <summary>Runs a cell; the value (if any) comes back already formatted.</summary>
    public (CellOutcome Outcome, MimeBundle? Result) Run(string code, int cellNumber)
    {
        var cell = new CellExecution();
        CellOutcome? outcome = null;
        MimeBundle? result = null;
        using var done = new ManualResetEventSlim();
        var thread = new Thread(() =>
        {
            try
            {
                outcome = session.Execute(code, cellNumber, cell);
                if (outcome is { Status: CellStatus.Ok, HasValue: true, Value: not null and not DisplayHandle })
                {
                    result = ValueFormatter.Format(outcome.Value);
                }
            }
            catch (Exception e)
            {
                outcome = CellOutcome.Failed(CellStatus.RuntimeError, ErrorReport.FromException(e), outcome?.State);
            }
            finally
            {
                cell.Dispose();
                done.Set();
            }
        }, CellStackBytes)
        { IsBackground = true, Name = $"cell {cellNumber}" };

        lock (gate)
        {
            running = (cell, thread);
        }
        thread.Start();
        var abandoned = false;
        while (!done.Wait(WaitSlice))
        {
            lock (gate)
            {
                if (cell.IsInterrupted && DateTime.UtcNow - interruptedAt > AbandonAfter)
                {
                    abandoned = true;
                    break;
                }
            }
        }
        lock (gate)
        {
            running = null;
        }
        if (abandoned)
        {
            log.Warn($"cell {cellNumber} did not stop within {AbandonAfter.TotalSeconds} s of the interrupt; abandoned");
            return (CellOutcome.Failed(CellStatus.RuntimeError, new JupyterError(nameof(CellInterruptedException),
                "The cell was interrupted but did not stop (it is blocked outside the notebook's code); it was abandoned " +
                "and the kernel continues from the state before it.",
                ["\u001b[0;31mCellInterruptedException\u001b[0m: the cell did not stop and was abandoned; variables it set are lost."])), null);
        }
        if (outcome!.State is { } state)
        {
            session.Commit(state);
        }
        return (outcome, result);
    }

    /// <summary>Interrupts the running cell, if any.</summary>
    public void Interrupt()
    {
        lock (gate)
        {
            if (running is not { } current)
            {
                return;
            }
            interruptedAt = DateTime.UtcNow;
            current.Cell.Interrupt();
            // Wakes the cell if it is sleeping or waiting (Thread.Sleep, Monitor.Wait, a blocking await).
            current.Thread.Interrupt();
        }
    }
}
