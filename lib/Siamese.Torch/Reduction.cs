namespace Siamese.Torch;

/// <summary>How a loss combines its per-element values (PyTorch's <c>reduction="none"|"mean"|"sum"</c>).</summary>
public enum Reduction
{
    /// <summary>No reduction: one loss per element (or per sample), same leading shape as the input.</summary>
    None = 0,

    /// <summary>The (weighted) mean over all elements: a scalar.</summary>
    Mean = 1,

    /// <summary>The sum over all elements: a scalar.</summary>
    Sum = 2,
}
