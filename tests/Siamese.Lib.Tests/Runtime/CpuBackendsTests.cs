using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Runtime;

public class CpuBackendsTests
{
    private const int Passes = 40;

    /// <summary>
    /// The case oneDNN 3.7.1's multithreaded AVX-512 convolution backward got wrong (CpuBackends' remarks): with oneDNN
    /// off, as TorchRuntime.Initialize leaves it, identical backward passes give identical gradients on 2 threads.
    /// </summary>
    [Theory]
    [InlineData(4, 8, 4, 1)]
    [InlineData(6, 3, 5, 0)]
    [InlineData(6, 6, 8, 0)]
    public void ConvolutionGradientsAreReproducible(int inChannels, int outChannels, int side, int padding)
    {
        // The fault needs more than one thread; libtorch's thread count is process-wide, so it is restored after.
        var threads = get_num_threads();
        set_num_threads(2);
        try
        {
            Assert.Equal(0, DifferingPasses(inChannels, outChannels, side, padding));
        }
        finally
        {
            set_num_threads(threads);
        }
    }

    [Fact]
    public void TheLoaderLeavesOneDnnOff() => Assert.False(Siamese.Lib.Runtime.TorchRuntime.Initialize().OneDnnEnabled);

    private static int DifferingPasses(int inChannels, int outChannels, int side, int padding)
    {
        manual_seed(1);
        using var conv = nn.Conv2d(inChannels, outChannels, 3, padding: padding);
        using var x = rand(32, inChannels, side, side);
        Tensor? first = null;
        var differing = 0;
        for (var pass = 0; pass < Passes; pass++)
        {
            using var scope = NewDisposeScope();
            conv.zero_grad();
            using var input = x.clone().requires_grad_();
            conv.call(input).square().sum().backward();
            var gradient = cat([input.grad!.reshape(-1), conv.weight!.grad!.reshape(-1)]);
            if (first is null)
            {
                first = gradient.clone().DetachFromDisposeScope();
            }
            else if (!gradient.allclose(first))
            {
                differing++;
            }
        }
        first!.Dispose();
        return differing;
    }
}
