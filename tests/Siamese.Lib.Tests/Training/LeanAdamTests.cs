using Siamese.Lib.Runtime;
using Siamese.Lib.Training;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Training;

public class LeanAdamTests
{
    private const int Steps = 5;
    private const double Tolerance = 1e-5;

    /// <summary>Two copies of the same small model: one for the reference optimizer, one for ours.</summary>
    private static (Sequential Reference, Sequential Ours) Twins()
    {
        manual_seed(1);
        var a = nn.Sequential(nn.Linear(6, 5), nn.Tanh(), nn.Linear(5, 1));
        var b = nn.Sequential(nn.Linear(6, 5), nn.Tanh(), nn.Linear(5, 1));
        b.load_state_dict(a.state_dict());
        return (a, b);
    }

    private static void Backward(Sequential model, Tensor x, Tensor y) =>
        nn.functional.mse_loss(model.call(x), y).backward();

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.01)]
    public void Matches_TorchSharps_Adam_over_several_steps(double weightDecay)
    {
        var (reference, ours) = Twins();
        using var x = randn(8, 6);
        using var y = randn(8, 1);
        var referenceOpt = optim.Adam(reference.parameters(), lr: 1e-2, beta1: 0.9, beta2: 0.999, weight_decay: weightDecay);
        using var oursOpt = new LeanAdam(ours.parameters(), lr: 1e-2, weightDecay: weightDecay);
        for (var i = 0; i < Steps; i++)
        {
            referenceOpt.zero_grad();
            Backward(reference, x, y);
            referenceOpt.step();
            oursOpt.ZeroGrad();
            Backward(ours, x, y);
            oursOpt.Step();
        }
        foreach (var (r, o) in reference.parameters().Zip(ours.parameters()))
        {
            Assert.True(r.allclose(o, rtol: Tolerance, atol: Tolerance), "parameters diverged from optim.Adam");
        }
    }

    [Fact]
    public void Skips_parameters_without_a_gradient()
    {
        using var p = new Parameter(ones(3));
        using var opt = new LeanAdam([p]);
        opt.Step();
        Assert.True(p.allclose(ones(3)));
    }

    [Fact]
    public void Rejects_betas_outside_zero_to_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LeanAdam([], beta1: 1.0));
}
