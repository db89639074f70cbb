using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>max(x, 0), elementwise.</summary>
public sealed class ReLU : nn.Module<Tensor, Tensor>
{
    /// <summary>Creates the layer.</summary>
    public ReLU() : base(nameof(ReLU)) { }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input) => nn.functional.relu(input);
}
