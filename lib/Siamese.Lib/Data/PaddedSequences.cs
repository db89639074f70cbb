using static TorchSharp.torch;

namespace Siamese.Lib.Data;

/// <summary>
/// A batch of token-index sequences padded to one length, as the MaLSTM article feeds its LSTM:
/// <see cref="Indices"/> (batch × length, padding = <see cref="Vocabulary.PadIndex"/>), the true
/// <see cref="Lengths"/> and a <see cref="Mask"/> that is true on real tokens. Sequences longer than the
/// maximum length are cut to their first tokens; <see cref="TruncatedCount"/> says how many were.
/// </summary>
public sealed class PaddedSequences
{
    private PaddedSequences(long[] indices, long[] lengths, bool[] mask, int batch, int length, int truncated, PaddingSide side)
    {
        Indices = indices;
        Lengths = lengths;
        Mask = mask;
        BatchSize = batch;
        Length = length;
        TruncatedCount = truncated;
        Side = side;
    }

    /// <summary>Batch × Length token indices, row-major.</summary>
    public long[] Indices { get; }

    /// <summary>Number of real tokens per sequence (after truncation), at least 0.</summary>
    public long[] Lengths { get; }

    /// <summary>Batch × Length: true where a real token is.</summary>
    public bool[] Mask { get; }

    /// <summary>Number of sequences.</summary>
    public int BatchSize { get; }

    /// <summary>Padded length.</summary>
    public int Length { get; }

    /// <summary>How many sequences were longer than <see cref="Length"/> and cut.</summary>
    public int TruncatedCount { get; }

    /// <summary>Where the padding is.</summary>
    public PaddingSide Side { get; }

    /// <summary>
    /// Pads <paramref name="sequences"/> to <paramref name="maxLength"/> (null: the longest sequence's length,
    /// at least 1).
    /// </summary>
    public static PaddedSequences Pad(IReadOnlyList<int[]> sequences, int? maxLength = null, PaddingSide side = PaddingSide.Right)
    {
        var length = maxLength ?? Math.Max(1, sequences.Count == 0 ? 1 : sequences.Max(s => s.Length));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length, nameof(maxLength));
        var indices = new long[checked(sequences.Count * length)];
        var mask = new bool[indices.Length];
        var lengths = new long[sequences.Count];
        var truncated = 0;
        for (var b = 0; b < sequences.Count; b++)
        {
            var s = sequences[b];
            var n = Math.Min(s.Length, length);
            truncated += s.Length > length ? 1 : 0;
            lengths[b] = n;
            var start = b * length + (side == PaddingSide.Left ? length - n : 0);
            for (var t = 0; t < n; t++)
            {
                indices[start + t] = s[t];
                mask[start + t] = true;
            }
        }
        return new PaddedSequences(indices, lengths, mask, sequences.Count, length, truncated, side);
    }

    /// <summary>The indices as an int64 tensor (batch, length).</summary>
    public Tensor IndicesTensor(Device? device = null) => tensor(Indices, [BatchSize, Length], device: device);

    /// <summary>The lengths as an int64 tensor (batch).</summary>
    public Tensor LengthsTensor(Device? device = null) => tensor(Lengths, [BatchSize], device: device);

    /// <summary>The mask as a bool tensor (batch, length).</summary>
    public Tensor MaskTensor(Device? device = null) => tensor(Mask, [BatchSize, Length], device: device);
}
