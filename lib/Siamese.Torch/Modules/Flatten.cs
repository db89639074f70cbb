using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>Merges dimensions start_dim..end_dim: (N, C, H, W) → (N, C·H·W) by default.</summary>
public sealed class Flatten : nn.Module<Tensor, Tensor>
{
    /// <summary>Creates the layer.</summary>
    public Flatten(long start_dim = 1, long end_dim = -1) : base(nameof(Flatten))
    {
        this.start_dim = start_dim;
        this.end_dim = end_dim;
    }

    /// <summary>First dimension merged.</summary>
    public long start_dim { get; }

    /// <summary>Last dimension merged.</summary>
    public long end_dim { get; }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input) => nn.functional.flatten(input, start_dim, end_dim);
}
