using Siamese.Lib.Training;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Training;

public class GradientResetTests
{
    [Fact]
    public void ZeroGrad_fills_existing_gradients_with_zeros_instead_of_dropping_them()
    {
        using var p = new Parameter(ones(3));
        (p * p).sum().backward();
        GradientReset.Zero([p]);
        using var zeroed = p.grad;
        Assert.NotNull(zeroed);
        Assert.True(zeroed.allclose(zeros(3)));
        (p * p).sum().backward(); // accumulates into the zeroed buffer: exactly one gradient, 2p
        using var again = p.grad!;
        Assert.True(again.allclose(full(3, 2.0f)));
    }
}
