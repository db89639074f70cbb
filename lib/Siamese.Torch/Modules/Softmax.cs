using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>Softmax along a dimension.</summary>
public sealed class Softmax : nn.Module<Tensor, Tensor>
{
    /// <summary>Creates the layer.</summary>
    public Softmax(long dim) : base(nameof(Softmax)) => this.dim = dim;

    /// <summary>The dimension that sums to 1.</summary>
    public long dim { get; }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input) => nn.functional.softmax(input, dim);
}
