namespace Siamese.Kernel.Scripting;

/// <summary>How a cell ended.</summary>
internal enum CellStatus
{
    /// <summary>Ran to the end.</summary>
    Ok,

    /// <summary>Did not compile (state unchanged).</summary>
    CompileError,

    /// <summary>Threw (state kept up to the throw), interrupts included.</summary>
    RuntimeError,
}
