namespace Siamese.Kernel.Tests.Infrastructure;

/// <summary>Tests that share one running kernel; xunit runs them one after another.</summary>
[CollectionDefinition(Name)]
public sealed class KernelCollection : ICollectionFixture<SharedKernel>
{
    public const string Name = "shared kernel";
}
