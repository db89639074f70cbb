using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>1 / (1 + exp(−x)), elementwise.</summary>
public sealed class Sigmoid : nn.Module<Tensor, Tensor>
{
    /// <summary>Creates the layer.</summary>
    public Sigmoid() : base(nameof(Sigmoid)) { }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input) => nn.functional.sigmoid(input);
}
