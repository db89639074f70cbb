using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests;

public class ModuleTests
{
    private sealed class Affine : nn.Module<Tensor, Tensor>
    {
        private readonly nn.Parameter weight;
        private readonly nn.Parameter bias;

        public Affine(long n) : base(nameof(Affine))
        {
            weight = new nn.Parameter(ones(n));
            bias = new nn.Parameter(zeros(n));
            RegisterComponents();
        }

        public override Tensor forward(Tensor input) => input * weight + bias;
    }

    private sealed class Twin : nn.Module<Tensor, Tensor, Tensor>
    {
        private readonly Affine encoder = new(3);
        private readonly Affine _head = new(3);

        public Twin() : base(nameof(Twin)) => RegisterComponents();

        public override Tensor forward(Tensor a, Tensor b) => _head.call(encoder.call(a) - encoder.call(b));
    }

    [Fact]
    public void NamesFollowFieldsAndNestWithDots()
    {
        using var twin = new Twin();
        var names = twin.named_parameters().Select(p => p.name).ToArray();
        Assert.Equal(new[] { "encoder.weight", "encoder.bias", "head.weight", "head.bias" }, names);
        Assert.Equal(new[] { "", "encoder", "head" }, twin.named_modules().Select(m => m.name).ToArray());
        Assert.Equal(12, twin.ParameterCount());
    }

    [Fact]
    public void TrainEvalPropagatesAndZeroGradClears()
    {
        using var twin = new Twin();
        twin.eval();
        Assert.All(twin.modules(), m => Assert.False(m.training));
        twin.train();
        Assert.All(twin.modules(), m => Assert.True(m.training));

        using var scope = NewDisposeScope();
        // Both branches run through the same encoder: its gradient is the sum of both contributions.
        var y = twin.call(tensor(new float[] { 1, 2, 3 }), tensor(new float[] { 4, 6, 8 }));
        y.backward(ones(3));
        var encoderWeight = twin.named_parameters().First(p => p.name == "encoder.weight").parameter;
        Assert.Equal(new float[] { -3, -4, -5 }, encoderWeight.grad!.data<float>());
        twin.zero_grad();
        Assert.Null(encoderWeight.grad);
    }

    [Fact]
    public void ToDtypeKeepsParameterIdentity()
    {
        using var m = new Affine(2);
        var before = m.parameters().ToArray();
        m.to(float64);
        var after = m.parameters().ToArray();
        Assert.Same(before[0], after[0]);
        Assert.Equal(ScalarType.Float64, after[0].dtype);
        Assert.True(after[0].requires_grad);
    }
}
