using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Training;

/// <summary>
/// A two-layer perceptron built from raw parameters, so that trainer tests depend only on tensors and
/// autograd, not on the layer modules: x [n, in] → tanh(x W1ᵀ + b1) W2ᵀ + b2 [n, out].
/// </summary>
internal sealed class TinyMlp : nn.Module<Tensor, Tensor>
{
    private readonly Parameter w1;
    private readonly Parameter b1;
    private readonly Parameter w2;
    private readonly Parameter b2;

    public TinyMlp(int input, int hidden, int output) : base(nameof(TinyMlp))
    {
        using (no_grad())
        using (NewDisposeScope())
        {
            w1 = Owned(randn(new long[] { hidden, input }) * (1.0 / Math.Sqrt(input)));
            b1 = Owned(zeros(hidden));
            w2 = Owned(randn(new long[] { output, hidden }) * (1.0 / Math.Sqrt(hidden)));
            b2 = Owned(zeros(output));
        }
        RegisterComponents();
    }

    // TorchSharp's Parameter takes the place of its data in the open dispose scope; the module owns it instead.
    private static Parameter Owned(Tensor data)
    {
        var parameter = nn.Parameter(data);
        parameter.DetachFromDisposeScope();
        return parameter;
    }

    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        var h = (x.matmul(w1.t()) + b1).tanh();
        return (h.matmul(w2.t()) + b2).MoveToOuterDisposeScope();
    }
}
