namespace Siamese.Lib.Tests;

/// <summary>
/// Tests that read <c>Tensor.TotalCount</c>, a process-wide count of live tensors: they run alone, after the
/// parallel tests, because any other test creating or disposing tensors at the same time moves the count.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TensorCountCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Tensor counts";
}
