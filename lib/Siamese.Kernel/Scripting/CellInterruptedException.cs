namespace Siamese.Kernel.Scripting;

/// <summary>Thrown inside a running cell when the user interrupts it (Jupyter's interrupt button).</summary>
public sealed class CellInterruptedException : OperationCanceledException
{
    /// <summary>Creates the exception.</summary>
    public CellInterruptedException()
        : base("The cell was interrupted.")
    {
    }
}
