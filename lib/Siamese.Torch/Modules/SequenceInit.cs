using static Siamese.Torch.Native.NativeMethods;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>
/// The in-place initialisations the sequence layers need, drawing from the global generator in the same
/// order and with the same bounds as <c>torch.nn.init</c>, so that <c>torch.manual_seed(s)</c> followed by
/// construction gives PyTorch's initial weights.
/// </summary>
internal static class SequenceInit
{
    // Linear's reset_parameters uses kaiming_uniform_(a=sqrt(5)), i.e. bound 1/sqrt(fan_in) up to rounding.
    private static readonly double LinearNegativeSlope = Math.Sqrt(5.0);

    internal static void Uniform(Tensor t, double low, double high) => Check(sts_seq_uniform_(t.Handle, low, high));

    internal static void Normal(Tensor t, double mean = 0.0, double std = 1.0) => Check(sts_seq_normal_(t.Handle, mean, std));

    internal static void Constant(Tensor t, double value) => Check(sts_seq_fill_(t.Handle, value));

    internal static void CopyFrom(Tensor target, Tensor source) => Check(sts_seq_copy_(target.Handle, source.Handle));

    internal static void FillRow(Tensor t, long row, double value) => Check(sts_seq_fill_row_(t.Handle, row, value));

    /// <summary>(fan_in, fan_out) of a weight of shape (out, in, *receptive field), as PyTorch computes them.</summary>
    internal static (long FanIn, long FanOut) Fans(Tensor t)
    {
        var shape = t.shape;
        if (shape.Length < 2)
        {
            throw new ArgumentException("Fan in and fan out can not be computed for tensor with fewer than 2 dimensions");
        }
        var receptive = shape.Skip(2).Aggregate(1L, (a, b) => a * b);
        return (shape[1] * receptive, shape[0] * receptive);
    }

    /// <summary>nn.init.xavier_uniform_: U(-a, a) with a = gain·sqrt(6 / (fan_in + fan_out)).</summary>
    internal static void XavierUniform(Tensor t, double gain = 1.0)
    {
        var (fanIn, fanOut) = Fans(t);
        var std = gain * Math.Sqrt(2.0 / (fanIn + fanOut));
        var a = Math.Sqrt(3.0) * std;
        Uniform(t, -a, a);
    }

    /// <summary>nn.Linear's reset_parameters: kaiming_uniform_(weight, a=√5), then bias U(-1/√fan_in, 1/√fan_in).</summary>
    internal static void Linear(Tensor weight, Tensor? bias)
    {
        var (fanIn, _) = Fans(weight);
        var gain = Math.Sqrt(2.0 / (1 + LinearNegativeSlope * LinearNegativeSlope));
        var bound = Math.Sqrt(3.0) * (gain / Math.Sqrt(fanIn));
        Uniform(weight, -bound, bound);
        if (bias is not null)
        {
            var biasBound = fanIn > 0 ? 1 / Math.Sqrt(fanIn) : 0;
            Uniform(bias, -biasBound, biasBound);
        }
    }
}
