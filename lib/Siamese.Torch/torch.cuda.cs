using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    public static partial class cuda
    {
        // Selectors of sts_cuda_memory_stat.
        private const int AllocatedBytes = 0;
        private const int PeakAllocatedBytes = 1;
        private const int ReservedBytes = 2;
        private const int PeakReservedBytes = 3;

        /// <summary>The current device, where <c>torch.CUDA</c> tensors go; throws <see cref="TorchException"/> without CUDA.</summary>
        public static int current_device()
        {
            Check(sts_cuda_current_device(out var device));
            return device;
        }

        /// <summary>Makes <paramref name="device"/> the current device of this thread.</summary>
        public static void set_device(int device) => Check(sts_cuda_set_device(device));

        /// <summary>Makes <paramref name="device"/> (a <c>cuda:N</c> device) the current device of this thread.</summary>
        public static void set_device(Device device)
        {
            ArgumentNullException.ThrowIfNull(device);
            if (device.type != DeviceType.CUDA)
            {
                throw new ArgumentException($"Expected a CUDA device, got {device}.", nameof(device));
            }
            set_device(Math.Max(device.index, 0));
        }

        /// <summary>
        /// Waits until every kernel queued on <paramref name="device"/> (-1: the current one) has finished.
        /// CUDA runs asynchronously: time a GPU region by synchronizing (or with <see cref="Event"/>s) first.
        /// Throws <see cref="TorchException"/> without CUDA.
        /// </summary>
        public static void synchronize(int device = -1) => Check(sts_cuda_synchronize(device));

        /// <summary>
        /// Bytes held by live tensors on <paramref name="device"/> (-1: current), from libtorch's caching allocator.
        /// 0 where CUDA is not available, as in PyTorch.
        /// </summary>
        public static long memory_allocated(int device = -1) => MemoryStat(device, AllocatedBytes);

        /// <summary>
        /// Peak of <see cref="memory_allocated"/> since the start or the last <see cref="reset_peak_memory_stats"/>.
        /// 0 where CUDA is not available.
        /// </summary>
        public static long max_memory_allocated(int device = -1) => MemoryStat(device, PeakAllocatedBytes);

        /// <summary>
        /// Bytes the caching allocator holds from the driver (live tensors plus its cache; see <see cref="empty_cache"/>).
        /// 0 where CUDA is not available.
        /// </summary>
        public static long memory_reserved(int device = -1) => MemoryStat(device, ReservedBytes);

        /// <summary>Peak of <see cref="memory_reserved"/>; 0 where CUDA is not available.</summary>
        public static long max_memory_reserved(int device = -1) => MemoryStat(device, PeakReservedBytes);

        /// <summary>Restarts the peaks of <see cref="max_memory_allocated"/> and <see cref="max_memory_reserved"/>; no-op without CUDA.</summary>
        public static void reset_peak_memory_stats(int device = -1) => Check(sts_cuda_reset_peak_memory_stats(device));

        /// <summary>
        /// Returns the allocator's unused cached blocks to the driver (visible to other processes and to
        /// <c>nvidia-smi</c>); tensors still alive keep their memory. No-op without CUDA, as in PyTorch.
        /// </summary>
        public static void empty_cache() => Check(sts_cuda_empty_cache());

        private static long MemoryStat(int device, int which)
        {
            Check(sts_cuda_memory_stat(device, which, out var bytes));
            return bytes;
        }
    }
}
