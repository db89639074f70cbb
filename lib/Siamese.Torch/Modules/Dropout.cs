using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>
/// In training mode zeroes each element with probability p and scales the rest by 1/(1 − p);
/// the identity in evaluation mode.
/// </summary>
public sealed class Dropout : nn.Module<Tensor, Tensor>
{
    /// <summary>Creates the layer.</summary>
    public Dropout(double p = 0.5, bool inplace = false) : base(nameof(Dropout))
    {
        Layers.CheckProbability(p);
        this.p = p;
        this.inplace = inplace;
    }

    /// <summary>Drop probability.</summary>
    public double p { get; }

    /// <summary>Whether the input is modified in place.</summary>
    public bool inplace { get; }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input) => nn.functional.dropout(input, p, training, inplace);
}
