using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>Average pooling to a fixed size: (N, C, H, W) → (N, C, oH, oW) for any H, W.</summary>
public sealed class AdaptiveAvgPool2d : nn.Module<Tensor, Tensor>
{
    /// <summary>Creates the layer.</summary>
    public AdaptiveAvgPool2d((long, long) output_size) : base(nameof(AdaptiveAvgPool2d)) => this.output_size = output_size;

    /// <summary>Output height and width.</summary>
    public (long, long) output_size { get; }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input) => nn.functional.adaptive_avg_pool2d(input, [output_size.Item1, output_size.Item2]);
}
