using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>
        /// A copy of this CPU tensor in page-locked (pinned) host memory, which the GPU reads by DMA: then
        /// <c>to(CUDA, non_blocking: true)</c> returns at once and the copy overlaps the host's next work
        /// (e.g. preparing the next batch). Throws <see cref="TorchException"/> without CUDA.
        /// </summary>
        public Tensor pin_memory() => Wrap(sts_tensor_pin_memory(Handle, out var r), r);

        /// <summary>Whether this tensor lives in pinned host memory (always false without CUDA).</summary>
        public bool is_pinned()
        {
            Check(sts_tensor_is_pinned(Handle, out var pinned));
            return pinned != 0;
        }
    }
}
