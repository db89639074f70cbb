namespace Siamese.Torch;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class utils
        {
            public static partial class rnn
            {
                /// <summary>
                /// A batch of variable-length sequences packed time step by time step, as
                /// <c>nn.utils.rnn.PackedSequence</c>: <see cref="data"/> is <c>(sum of lengths, *)</c>,
                /// <see cref="batch_sizes"/> (int64, CPU) holds how many sequences are still running at each step,
                /// and the permutations map between the caller's batch order and the length-sorted order.
                /// Disposing it disposes those tensors.
                /// </summary>
                public sealed class PackedSequence : IDisposable
                {
                    /// <summary>Wraps packed data (takes ownership of the tensors).</summary>
                    public PackedSequence(Tensor data, Tensor batch_sizes, Tensor? sorted_indices = null, Tensor? unsorted_indices = null)
                    {
                        this.data = data;
                        this.batch_sizes = batch_sizes;
                        this.sorted_indices = sorted_indices;
                        this.unsorted_indices = unsorted_indices;
                    }

                    /// <summary>The packed steps, <c>(sum of lengths, *)</c>.</summary>
                    public Tensor data { get; }

                    /// <summary>Sequences alive at each time step (int64 on the CPU), non-increasing.</summary>
                    public Tensor batch_sizes { get; }

                    /// <summary>Caller's batch index of each sorted position, or null when the input was already sorted.</summary>
                    public Tensor? sorted_indices { get; }

                    /// <summary>Inverse of <see cref="sorted_indices"/>, or null.</summary>
                    public Tensor? unsorted_indices { get; }

                    /// <summary>Disposes the four tensors.</summary>
                    public void Dispose()
                    {
                        data.Dispose();
                        batch_sizes.Dispose();
                        sorted_indices?.Dispose();
                        unsorted_indices?.Dispose();
                    }
                }
            }
        }
    }
}
