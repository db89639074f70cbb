using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Runtime;

public class OneDnnIsaTests
{
    private const int Passes = 100;

    /// <summary>
    /// The case oneDNN 3.7.1's multithreaded AVX-512 backward-data kernel got wrong (OneDnnIsa's remarks): with the cap
    /// applied by TorchRuntime.Initialize, identical backward passes give identical input gradients.
    /// </summary>
    [Fact]
    public void ConvolutionInputGradientsAreReproducible()
    {
        manual_seed(1);
        using var conv = nn.Conv2d(4, 8, 3, padding: 1);
        using var x = rand(32, 4, 4, 4);
        Tensor? first = null;
        var differing = 0;
        for (var pass = 0; pass < Passes; pass++)
        {
            using var scope = NewDisposeScope();
            using var input = x.clone().requires_grad_();
            conv.call(input).square().sum().backward();
            var gradient = input.grad!;
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
        Assert.Equal(0, differing);
    }
}
