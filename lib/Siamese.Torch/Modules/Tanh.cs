using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>Hyperbolic tangent, elementwise.</summary>
public sealed class Tanh : nn.Module<Tensor, Tensor>
{
    /// <summary>Creates the layer.</summary>
    public Tanh() : base(nameof(Tanh)) { }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input) => nn.functional.tanh(input);
}
