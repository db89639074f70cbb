using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>x for x ≥ 0, negative_slope·x otherwise.</summary>
public sealed class LeakyReLU : nn.Module<Tensor, Tensor>
{
    /// <summary>Creates the layer.</summary>
    public LeakyReLU(double negative_slope = 0.01) : base(nameof(LeakyReLU)) => this.negative_slope = negative_slope;

    /// <summary>Slope for negative inputs.</summary>
    public double negative_slope { get; }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input) => nn.functional.leaky_relu(input, negative_slope);
}
