using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    /// <summary>
    /// The caching CPU allocator installed by the shim when it loads (lib/native/src/allocator.cpp).
    /// glibc returns blocks over 32 MB to the OS on free and page-faults them back on the next step;
    /// training repeats the same sizes, so freed large blocks are kept for reuse. Capacity defaults to
    /// <c>SIAMESE_CPU_CACHE_MB</c> (2048 MB when unset; 0 turns caching off). Not part of TorchSharp.
    /// </summary>
    public static class CpuAllocator
    {
        /// <summary>Sets how many bytes of freed large blocks may be kept (0 keeps none).</summary>
        public static void SetCacheCapacity(long bytes) => Check(sts_cpu_caching_allocator(bytes));

        /// <summary>Returns every cached block to the OS.</summary>
        public static void EmptyCache() => Check(sts_cpu_empty_cache());

        /// <summary>Bytes currently held in the cache (free blocks only).</summary>
        public static long CachedBytes
        {
            get
            {
                Check(sts_cpu_cached_bytes(out var bytes));
                return bytes;
            }
        }
    }
}
