using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>Utilities of <c>torch.nn.utils</c>.</summary>
        public static partial class utils
        {
            /// <summary>Packing of variable-length sequences for <see cref="Modules.LSTM"/> and <see cref="Modules.GRU"/>.</summary>
            public static partial class rnn
            {
                /// <summary>
                /// Packs a padded batch <c>(T, B, *)</c> (or <c>(B, T, *)</c> with <paramref name="batch_first"/>) whose
                /// sequence b has <c>lengths[b]</c> real steps. With <paramref name="enforce_sorted"/> false the lengths
                /// may come in any order (the batch is sorted and the permutation kept).
                /// </summary>
                public static PackedSequence pack_padded_sequence(Tensor input, Tensor lengths, bool batch_first = false, bool enforce_sorted = true)
                {
                    Check(sts_seq_pack_padded(input.Handle, lengths.Handle, batch_first ? 1 : 0, enforce_sorted ? 1 : 0,
                        out var data, out var batchSizes, out var sorted, out var unsorted));
                    return new PackedSequence(new Tensor(data), new Tensor(batchSizes),
                        sorted == IntPtr.Zero ? null : new Tensor(sorted), unsorted == IntPtr.Zero ? null : new Tensor(unsorted));
                }

                /// <summary>Packs with lengths given as an array (see the tensor overload).</summary>
                public static PackedSequence pack_padded_sequence(Tensor input, long[] lengths, bool batch_first = false, bool enforce_sorted = true)
                {
                    using var lengthTensor = tensor(lengths);
                    return pack_padded_sequence(input, lengthTensor, batch_first, enforce_sorted);
                }

                /// <summary>
                /// Pads a packed batch back to <c>(T, B, *)</c> (or <c>(B, T, *)</c>), in the caller's original batch
                /// order, filling steps past each length with <paramref name="padding_value"/>. T is the longest length,
                /// or <paramref name="total_length"/> when given. Also returns the lengths (int64).
                /// </summary>
                public static (Tensor output, Tensor lengths) pad_packed_sequence(PackedSequence sequence, bool batch_first = false,
                    double padding_value = 0.0, long? total_length = null)
                {
                    Check(sts_seq_pad_packed(sequence.data.Handle, sequence.batch_sizes.Handle,
                        sequence.unsorted_indices?.Handle ?? IntPtr.Zero, batch_first ? 1 : 0, padding_value, total_length ?? -1,
                        out var output, out var lengths));
                    return (new Tensor(output), new Tensor(lengths));
                }
            }
        }
    }
}
