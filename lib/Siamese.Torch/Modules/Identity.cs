using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>Returns its input unchanged (a placeholder, e.g. to drop a head).</summary>
public sealed class Identity : nn.Module<Tensor, Tensor>
{
    /// <summary>Creates the layer.</summary>
    public Identity() : base(nameof(Identity)) { }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input) => input.alias();
}
