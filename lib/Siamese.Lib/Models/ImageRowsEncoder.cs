using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Models;

/// <summary>
/// Reads an image as a sequence of pixel rows and hands it to a sequence encoder: [batch, 1, H, W] →
/// <see cref="SequenceInput"/> with values [batch, H, W] (H steps of W features, every step real) → the inner
/// encoder's [batch, features]. This is how the model-comparison article feeds MNIST to an LSTM or a Transformer
/// (28 steps of 28 pixels), and it lets image and sequence encoders share one <c>SiameseNetwork&lt;Tensor&gt;</c>,
/// one pair task and one training budget.
/// </summary>
public sealed class ImageRowsEncoder : nn.Module<Tensor, Tensor>
{
    private readonly nn.Module<SequenceInput, Tensor> inner;

    /// <summary>Wraps <paramref name="sequenceEncoder"/>, whose input width must equal the image width.</summary>
    public ImageRowsEncoder(nn.Module<SequenceInput, Tensor> sequenceEncoder) : base(nameof(ImageRowsEncoder))
    {
        inner = sequenceEncoder ?? throw new ArgumentNullException(nameof(sequenceEncoder));
        RegisterComponents();
    }

    /// <summary>The wrapped sequence encoder.</summary>
    public nn.Module<SequenceInput, Tensor> Inner => inner;

    /// <summary>
    /// The rows of single-channel images as an unpadded sequence batch: [batch, 1, H, W] → values [batch, H, W]
    /// (a view, no copy) and an all-true mask [batch, H].
    /// </summary>
    public static SequenceInput ToSequence(Tensor images)
    {
        ArgumentNullException.ThrowIfNull(images);
        if (images.ndim != 4 || images.shape[1] != 1)
        {
            throw new ArgumentException(
                $"Rows are read from single-channel image batches [batch, 1, H, W]; got [{string.Join(", ", images.shape)}].", nameof(images));
        }
        return SequenceInput.Unpadded(images.squeeze(1));
    }

    /// <inheritdoc />
    public override Tensor forward(Tensor images)
    {
        using var scope = NewDisposeScope();
        return inner.call(ToSequence(images)).MoveToOuterDisposeScope();
    }
}
