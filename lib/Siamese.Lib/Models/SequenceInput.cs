using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Models;

/// <summary>
/// One side of a batch of padded sequences: the values and a mask of real (non-padding) positions.
/// </summary>
/// <param name="Values">
/// [batch, time] token indices (int64) for text encoders with an embedding, or [batch, time, features]
/// floats (e.g. an image read row by row) for encoders without one.
/// </param>
/// <param name="Mask">[batch, time] bool, true at real positions; padding is on the right.</param>
public sealed record SequenceInput(Tensor Values, Tensor Mask)
{
    /// <summary>A batch without padding: every position is real.</summary>
    public static SequenceInput Unpadded(Tensor values) =>
        new(values, ones(new[] { values.shape[0], values.shape[1] }, ScalarType.Bool, values.device));

    /// <summary>Checks that the mask matches the values' [batch, time].</summary>
    public void Validate()
    {
        if (Values.ndim < 2 || Mask.ndim != 2 || Mask.shape[0] != Values.shape[0] || Mask.shape[1] != Values.shape[1])
        {
            throw new ArgumentException(
                $"A sequence batch needs values [batch, time(, features)] and a mask [batch, time]; got [{string.Join(", ", Values.shape)}] and [{string.Join(", ", Mask.shape)}].");
        }
    }
}
