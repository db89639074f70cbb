using Siamese.Torch;
using static Siamese.Torch.torch;

namespace Siamese.Lib.Tests.Training;

/// <summary>
/// A two-layer perceptron built from raw parameters, so that trainer tests depend only on tensors and
/// autograd, not on the layer modules: x [n, in] → tanh(x W1ᵀ + b1) W2ᵀ + b2 [n, out].
/// </summary>
internal sealed class TinyMlp : nn.Module<Tensor, Tensor>
{
    private readonly nn.Parameter w1;
    private readonly nn.Parameter b1;
    private readonly nn.Parameter w2;
    private readonly nn.Parameter b2;

    public TinyMlp(int input, int hidden, int output) : base(nameof(TinyMlp))
    {
        using (no_grad())
        using (NewDisposeScope())
        {
            w1 = new nn.Parameter(randn(new long[] { hidden, input }) * (1.0 / Math.Sqrt(input)));
            b1 = new nn.Parameter(zeros(hidden));
            w2 = new nn.Parameter(randn(new long[] { output, hidden }) * (1.0 / Math.Sqrt(hidden)));
            b2 = new nn.Parameter(zeros(output));
        }
        RegisterComponents();
    }

    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        var h = (x.matmul(w1.t()) + b1).tanh();
        return (h.matmul(w2.t()) + b2).MoveToOuterDisposeScope();
    }
}
