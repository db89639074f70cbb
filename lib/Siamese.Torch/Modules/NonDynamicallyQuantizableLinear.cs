using static Siamese.Torch.Native.NativeMethods;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>
/// The output projection of <see cref="MultiheadAttention"/> (PyTorch's class of the same name, a plain
/// Linear): <c>(*, in_features) → (*, out_features)</c>, y = x·Wᵀ + b. It exists as a child module so that the
/// state_dict keys are PyTorch's <c>out_proj.weight</c> and <c>out_proj.bias</c>. Initialised as nn.Linear.
/// </summary>
public sealed class NonDynamicallyQuantizableLinear : nn.Module<Tensor, Tensor>
{
    private readonly nn.Parameter _weight;
    private readonly nn.Parameter? _bias;

    internal NonDynamicallyQuantizableLinear(long in_features, long out_features, bool hasBias, Device? device, ScalarType? dtype)
        : base(nameof(NonDynamicallyQuantizableLinear))
    {
        this.in_features = in_features;
        this.out_features = out_features;
        using (var w = empty([out_features, in_features], dtype, device))
        {
            _weight = new nn.Parameter(w);
        }
        if (hasBias)
        {
            using var b = empty([out_features], dtype, device);
            _bias = new nn.Parameter(b);
        }
        SequenceInit.Linear(_weight, _bias);
        RegisterComponents();
        if (!hasBias)
        {
            register_parameter("bias", null);
        }
    }

    /// <summary>Input features.</summary>
    public long in_features { get; }

    /// <summary>Output features.</summary>
    public long out_features { get; }

    /// <summary>The weight, <c>(out_features, in_features)</c>.</summary>
    public nn.Parameter weight => _weight;

    /// <summary>The bias, <c>(out_features)</c>, or null.</summary>
    public nn.Parameter? bias => _bias;

    /// <summary>x·Wᵀ + b.</summary>
    public override Tensor forward(Tensor input) =>
        Tensor.Wrap(sts_seq_linear(input.Handle, _weight.Handle, _bias?.Handle ?? IntPtr.Zero, out var r), r);
}
