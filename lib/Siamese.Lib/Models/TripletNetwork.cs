using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Models;

/// <summary>
/// The "three twins" extension (Hoffer &amp; Ailon 2015; FaceNet): one shared encoder applied to an anchor, a
/// positive and a negative, returning the three embeddings for a <c>TripletLoss</c>.
/// </summary>
/// <typeparam name="TInput">What one input is (an image batch tensor, a <see cref="SequenceInput"/>).</typeparam>
public sealed class TripletNetwork<TInput> : nn.Module<TInput, TInput, TInput, (Tensor Anchor, Tensor Positive, Tensor Negative)>
{
    private readonly nn.Module<TInput, Tensor> encoder;

    /// <summary>Wraps the shared encoder.</summary>
    public TripletNetwork(nn.Module<TInput, Tensor> encoder) : base("TripletNetwork")
    {
        this.encoder = encoder ?? throw new ArgumentNullException(nameof(encoder));
        RegisterComponents();
    }

    /// <summary>The shared encoder.</summary>
    public nn.Module<TInput, Tensor> Encoder => encoder;

    /// <inheritdoc />
    public override (Tensor Anchor, Tensor Positive, Tensor Negative) forward(TInput anchor, TInput positive, TInput negative) =>
        (encoder.call(anchor), encoder.call(positive), encoder.call(negative));
}
