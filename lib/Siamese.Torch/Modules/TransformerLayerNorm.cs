using static Siamese.Torch.Native.NativeMethods;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>
/// Layer normalisation over the last dimension with a learnt scale (ones) and shift (zeros), the
/// <c>norm1</c>/<c>norm2</c> of <see cref="TransformerEncoderLayer"/> (PyTorch's <c>nn.LayerNorm(d_model)</c>;
/// state_dict keys <c>weight</c>, <c>bias</c>). Also usable as the final norm of <see cref="TransformerEncoder"/>.
/// </summary>
internal sealed class TransformerLayerNorm : nn.Module<Tensor, Tensor>
{
    private readonly nn.Parameter _weight;
    private readonly nn.Parameter _bias;

    internal TransformerLayerNorm(long normalized_shape, double eps, Device? device, ScalarType? dtype)
        : base("LayerNorm")
    {
        this.eps = eps;
        using (var w = ones([normalized_shape], dtype, device))
        {
            _weight = new nn.Parameter(w);
        }
        using (var b = zeros([normalized_shape], dtype, device))
        {
            _bias = new nn.Parameter(b);
        }
        RegisterComponents();
    }

    internal double eps { get; }

    internal nn.Parameter weight => _weight;

    internal nn.Parameter bias => _bias;

    public override Tensor forward(Tensor input) =>
        Tensor.Wrap(sts_seq_layer_norm(input.Handle, _weight.Handle, _bias.Handle, eps, out var r), r);
}
