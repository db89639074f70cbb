using System.Runtime.InteropServices;

namespace Siamese.Lib.Runtime;

/// <summary>
/// Tells glibc's malloc to keep freed memory instead of returning every large block to the OS. libtorch allocates
/// each activation with malloc; by default glibc serves blocks above 128 KiB with fresh <c>mmap</c>s and unmaps
/// them on free, so every training step page-faults its whole working set again (measured here, Koch step at 1
/// thread: 1.19 M page faults and 16.0 s without this setting, 35 k and 2.8 s with it). The cost: the process keeps
/// its peak heap until it exits. PyTorch users get the same effect from <c>MALLOC_MMAP_MAX_=0</c> and
/// <c>MALLOC_TRIM_THRESHOLD_</c>; environment/README.md has the measurements.
/// </summary>
public static partial class MallocTuning
{
    /// <summary>Set to <c>0</c> to leave glibc's malloc as it is (for measuring what this buys).</summary>
    public const string DisableVariable = "SIAMESE_MALLOC_TUNING";

    // glibc's mallopt parameter numbers (malloc.h).
    private const int MTrimThreshold = -1;
    private const int MMmapMax = -4;

    /// <summary>Applies the settings once, unless <see cref="DisableVariable"/> is 0; true when applied.</summary>
    public static bool Apply()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable(DisableVariable) == "0")
        {
            return false;
        }
        // Both or neither: without mmap, a trim threshold left at its default would still return the heap top.
        return mallopt(MMmapMax, 0) == 1 && mallopt(MTrimThreshold, int.MaxValue) == 1;
    }

    [LibraryImport("libc.so.6")]
    private static partial int mallopt(int param, int value);
}
