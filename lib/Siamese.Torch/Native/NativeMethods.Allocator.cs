using System.Runtime.InteropServices;

namespace Siamese.Torch.Native;

internal static partial class NativeMethods
{
    [LibraryImport(Lib)] internal static partial int sts_cpu_caching_allocator(long capacityBytes);
    [LibraryImport(Lib)] internal static partial int sts_cpu_empty_cache();
    [LibraryImport(Lib)] internal static partial int sts_cpu_cached_bytes(out long bytes);
}
