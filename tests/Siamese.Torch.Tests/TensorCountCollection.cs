namespace Siamese.Torch.Tests;

/// <summary>
/// Tests that compare <c>Tensor.TotalCount</c> (a process-wide counter) run in this collection, which xunit
/// runs alone: tensors created by tests in parallel classes would otherwise change the count under them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TensorCountCollection
{
    public const string Name = "Tensor.TotalCount";
}
