namespace Siamese.Kernel.Scripting;

/// <summary>
/// One running cell: its cancellation and interrupt state. Code started by the cell (tasks, threads) sees it
/// through <see cref="InterruptGate"/>'s async-local, so an interrupt reaches exactly that cell's work.
/// </summary>
internal sealed class CellExecution : IDisposable
{
    private readonly object gate = new();
    private readonly CancellationTokenSource cancellation = new();
    private volatile bool interrupted;
    private bool finished;

    public CancellationToken Token => cancellation.Token;

    public bool IsInterrupted => interrupted;

    /// <summary>Asks the cell to stop: loop checks throw and the token is cancelled. Idempotent.</summary>
    public void Interrupt()
    {
        lock (gate)
        {
            if (interrupted)
            {
                return;
            }
            interrupted = true;
            if (!finished)
            {
                InterruptGate.AddInterrupted();
            }
        }
        cancellation.Cancel();
    }

    /// <summary>Marks the cell's work finished (its loop checks no longer need the slow path).</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (finished)
            {
                return;
            }
            finished = true;
            if (interrupted)
            {
                InterruptGate.RemoveInterrupted();
            }
        }
    }
}
