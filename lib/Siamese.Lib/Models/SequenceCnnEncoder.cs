using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Models;

/// <summary>
/// A convolutional sequence encoder in the style of Kim (2014): one convolution over time whose filters span
/// <see cref="KernelSize"/> consecutive steps and all features (n-gram detectors over word vectors), ReLU, the
/// maximum of each filter over the real (unmasked) steps, then a linear projection to the embedding.
/// Input: a <see cref="SequenceInput"/> with float values [batch, time, features]; output [batch, <see cref="OutputSize"/>].
/// Zero padding of <see cref="KernelSize"/>/2 steps on each side keeps one output per input step, so the mask
/// applies to the convolution's output unchanged; padded steps are zeroed before the convolution and excluded from
/// the maximum, so the output does not depend on how much padding a batch has or what it holds.
/// </summary>
public sealed class SequenceCnnEncoder : nn.Module<SequenceInput, Tensor>
{
    private readonly TorchSharp.Modules.Conv2d conv;
    private readonly nn.Module<Tensor, Tensor> projection;

    /// <summary>Builds the encoder.</summary>
    /// <param name="inputSize">Features per step (e.g. the word-vector dimension).</param>
    /// <param name="filters">Number of convolution filters (feature detectors).</param>
    /// <param name="outputSize">Width of the embedding after the projection.</param>
    /// <param name="kernelSize">Steps each filter spans; odd, so that padding keeps the length (default 3: trigrams).</param>
    public SequenceCnnEncoder(long inputSize, long filters, long outputSize, int kernelSize = 3) : base(nameof(SequenceCnnEncoder))
    {
        if (kernelSize < 1 || kernelSize % 2 == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(kernelSize), kernelSize, "The kernel must span an odd number of steps so that the output keeps the input's length.");
        }
        // The sequence enters as a one-channel image [batch, 1, time, features]; a kernel as wide as the features
        // slides over time only, which is a 1-D convolution written with the 2-D layer.
        conv = nn.Conv2d(1, filters, (kernelSize, inputSize), padding: (kernelSize / 2, 0));
        projection = nn.Linear(filters, outputSize);
        InputSize = inputSize;
        Filters = filters;
        KernelSize = kernelSize;
        OutputSize = outputSize;
        RegisterComponents();
    }

    /// <summary>Features per step.</summary>
    public long InputSize { get; }

    /// <summary>Number of filters.</summary>
    public long Filters { get; }

    /// <summary>Steps each filter spans.</summary>
    public int KernelSize { get; }

    /// <summary>Width of the output embedding.</summary>
    public long OutputSize { get; }

    /// <inheritdoc />
    public override Tensor forward(SequenceInput input)
    {
        input.Validate();
        if (input.Values.ndim != 3 || input.Values.shape[2] != InputSize)
        {
            throw new ArgumentException(
                $"{nameof(SequenceCnnEncoder)} needs float values [batch, time, {InputSize}]; got [{string.Join(", ", input.Values.shape)}].");
        }
        using var scope = NewDisposeScope();
        // Zeroing padded steps makes the last real steps see exactly what the convolution's own zero padding
        // shows at the end of an unpadded sequence, whatever values the padding held.
        var values = input.Values * input.Mask.to(input.Values.dtype).unsqueeze(-1);
        // [batch, filters, time, 1] → [batch, time, filters]
        var features = nn.functional.relu(conv.call(values.unsqueeze(1))).squeeze(3).transpose(1, 2);
        // ReLU outputs are ≥ 0, so −1 at padded steps can never win the maximum (and gets no gradient).
        var masked = features.masked_fill(input.Mask.logical_not().unsqueeze(-1), -1.0);
        var (pooled, _) = masked.max(1);
        return projection.call(pooled).MoveToOuterDisposeScope();
    }
}
