using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>Log-softmax along a dimension.</summary>
public sealed class LogSoftmax : nn.Module<Tensor, Tensor>
{
    /// <summary>Creates the layer.</summary>
    public LogSoftmax(long dim) : base(nameof(LogSoftmax)) => this.dim = dim;

    /// <summary>The dimension normalised over.</summary>
    public long dim { get; }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input) => nn.functional.log_softmax(input, dim);
}
