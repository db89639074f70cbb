namespace Siamese.Kernel.Tests.Infrastructure;

/// <summary>One kernel shared by the tests of <see cref="KernelCollection"/> (starting one takes seconds).</summary>
public sealed class SharedKernel : IDisposable
{
    internal KernelDriver Driver { get; } = KernelDriver.Start();

    public void Dispose() => Driver.Dispose();
}
