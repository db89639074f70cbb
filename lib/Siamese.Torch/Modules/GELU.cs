using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>Gaussian error linear unit x·Φ(x) (exact, or the tanh approximation).</summary>
public sealed class GELU : nn.Module<Tensor, Tensor>
{
    /// <summary>Creates the layer; <paramref name="approximate"/> is "none" or "tanh".</summary>
    public GELU(string approximate = "none") : base(nameof(GELU)) => this.approximate = approximate;

    /// <summary>"none" (exact erf) or "tanh".</summary>
    public string approximate { get; }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input) => nn.functional.gelu(input, approximate);
}
