using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>
/// Layer normalisation over the trailing <c>normalized_shape</c> dimensions of each sample; weight (ones)
/// and bias (zeros) of that shape when <c>elementwise_affine</c>. Same in training and evaluation.
/// </summary>
public sealed class LayerNorm : nn.Module<Tensor, Tensor>
{
    private readonly nn.Parameter? _weight;
    private readonly nn.Parameter? _bias;

    /// <summary>Creates the layer.</summary>
    public LayerNorm(long[] normalized_shape, double eps = 1e-5, bool elementwise_affine = true, bool bias = true,
        Device? device = null, ScalarType? dtype = null)
        : base(nameof(LayerNorm))
    {
        this.normalized_shape = (long[])normalized_shape.Clone();
        this.eps = eps;
        this.elementwise_affine = elementwise_affine;
        if (elementwise_affine)
        {
            _weight = Layers.NewParameter(this.normalized_shape, dtype, device);
            nn.init.ones_(_weight);
            if (bias)
            {
                _bias = Layers.NewParameter(this.normalized_shape, dtype, device);
                nn.init.zeros_(_bias);
            }
        }
        RegisterComponents();
    }

    /// <summary>Creates the layer over the last dimension of size <paramref name="normalized_shape"/>.</summary>
    public LayerNorm(long normalized_shape, double eps = 1e-5, bool elementwise_affine = true, bool bias = true,
        Device? device = null, ScalarType? dtype = null)
        : this([normalized_shape], eps, elementwise_affine, bias, device, dtype)
    {
    }

    /// <summary>The trailing shape normalised over.</summary>
    public long[] normalized_shape { get; }

    /// <summary>Added to the variance for stability.</summary>
    public double eps { get; }

    /// <summary>Whether weight and bias are learnt.</summary>
    public bool elementwise_affine { get; }

    /// <summary>Scale (normalized_shape), or null.</summary>
    public nn.Parameter? weight => _weight;

    /// <summary>Shift (normalized_shape), or null.</summary>
    public nn.Parameter? bias => _bias;

    /// <inheritdoc/>
    public override Tensor forward(Tensor input) => nn.functional.layer_norm(input, normalized_shape, _weight, _bias, eps);
}
