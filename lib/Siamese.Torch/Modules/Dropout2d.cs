using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>In training mode zeroes whole channels of (N, C, H, W) with probability p; identity in evaluation.</summary>
public sealed class Dropout2d : nn.Module<Tensor, Tensor>
{
    /// <summary>Creates the layer.</summary>
    public Dropout2d(double p = 0.5) : base(nameof(Dropout2d))
    {
        Layers.CheckProbability(p);
        this.p = p;
    }

    /// <summary>Drop probability per channel.</summary>
    public double p { get; }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input) => nn.functional.dropout2d(input, p, training);
}
