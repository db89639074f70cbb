using Siamese.Torch.Tests.Golden;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests;

public class TensorAutogradTests
{
    // Each entry mirrors the case of the same name in tests/reference/golden_tensor.py.
    internal static readonly Dictionary<string, GoldenOp> Ops = new()
    {
        ["autograd_grad"] = i =>
        {
            var x = i["x"].detach().requires_grad_();
            var y = x.pow(3).sum();
            return [autograd.grad([y], [x])[0]!];
        },
        ["retain_grad"] = i =>
        {
            var x = i["x"].detach().requires_grad_();
            var h = (x * 2.0).retain_grad();
            (h.sin() * 3.0).sum().backward();
            return [h.grad!];
        },
    };

    public static TheoryData<string> Cases => TensorGolden.CasesOf(Ops);

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesPyTorch(string name) => TensorGolden.Check(name, Ops[name]);

    [Fact]
    public void NoGradStopsRecordingAndRestoresTheMode()
    {
        using var scope = NewDisposeScope();
        var w = ones([3], requires_grad: true);
        Assert.True(is_grad_enabled());
        using (no_grad())
        {
            Assert.False(is_grad_enabled());
            var y = w * 2;
            Assert.False(y.requires_grad);
            // In-place updates of leaves are allowed without recording (the SGD step).
            w.sub_(ones(3), alpha: 0.5);
            using (enable_grad())
            {
                Assert.True((w * 2).requires_grad);
            }
            Assert.False(is_grad_enabled());
        }
        Assert.True(is_grad_enabled());
        Assert.True((w * 2).requires_grad);
        Assert.Equal(new float[] { 0.5f, 0.5f, 0.5f }, w.data<float>());
    }

    [Fact]
    public void NonLeafGradIsNullUnlessRetained()
    {
        using var scope = NewDisposeScope();
        var x = ones([2], requires_grad: true);
        var h = x * 3;
        var kept = (x * 5).retain_grad();
        Assert.True(kept.retains_grad);
        (h.sum() + kept.sum()).backward();
        Assert.Null(h.grad);
        Assert.Equal(new float[] { 1, 1 }, kept.grad!.data<float>());
        Assert.Equal(new float[] { 8, 8 }, x.grad!.data<float>());
    }

    [Fact]
    public void AutogradGradReportsUnusedInputsAsNullWhenAllowed()
    {
        using var scope = NewDisposeScope();
        var x = ones([2], requires_grad: true);
        var unused = ones([2], requires_grad: true);
        var y = (x * x).sum();
        var grads = autograd.grad([y], [x, unused], retain_graph: true, allow_unused: true);
        Assert.Equal(new float[] { 2, 2 }, grads[0]!.data<float>());
        Assert.Null(grads[1]);
        Assert.Throws<TorchException>(() => autograd.grad([y], [unused]));
        // create_graph gives a differentiable gradient: d/dx of sum(2x) = 2.
        var g = autograd.grad([(x * x).sum()], [x], create_graph: true)[0]!;
        Assert.True(g.requires_grad);
        Assert.Equal(new float[] { 2, 2 }, autograd.grad([g.sum()], [x])[0]!.data<float>());
        Assert.Null(x.grad);
    }

    [Fact]
    public void BackwardTwiceWithoutRetainGraphThrowsAndEngineContinues()
    {
        using var scope = NewDisposeScope();
        var x = ones([2], requires_grad: true);
        var y = (x.exp() * 2).sum();
        y.backward();
        var e = Assert.Throws<TorchException>(() => y.backward());
        Assert.Contains("second time", e.Message);
        var z = (x * 4).sum();
        z.backward();
        Assert.Equal(2 * Math.E + 4, x.grad!.data<float>()[0], 5);
    }
}
