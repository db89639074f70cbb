using System.Runtime.InteropServices;

namespace Siamese.Torch.Native;

/// <summary>State of an autocast scope as lib/native/src/cuda.cpp's <c>sts_autocast_state</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct AutocastState
{
    internal int Enabled;
    internal int Dtype;
    internal int CacheEnabled;
}

/// <summary>P/Invokes of lib/native/src/cuda.cpp: devices, events, memory, backend switches, autocast, AMP.</summary>
internal static partial class NativeMethods
{
    [LibraryImport(Lib)] internal static partial int sts_cuda_is_built(out int value);
    [LibraryImport(Lib)] internal static partial int sts_torch_version(out int major, out int minor, out int patch);
    [LibraryImport(Lib)] internal static partial int sts_cuda_current_device(out int device);
    [LibraryImport(Lib)] internal static partial int sts_cuda_set_device(int device);
    [LibraryImport(Lib)] internal static partial int sts_cuda_synchronize(int device);

    [LibraryImport(Lib)] internal static partial int sts_cuda_memory_stat(int device, int which, out long value);
    [LibraryImport(Lib)] internal static partial int sts_cuda_reset_peak_memory_stats(int device);
    [LibraryImport(Lib)] internal static partial int sts_cuda_empty_cache();

    [LibraryImport(Lib)] internal static partial int sts_tensor_pin_memory(IntPtr h, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_tensor_is_pinned(IntPtr h, out int value);

    [LibraryImport(Lib)] internal static partial int sts_cuda_event_new(int enableTiming, out IntPtr evt);
    [LibraryImport(Lib)] internal static partial void sts_cuda_event_free(IntPtr evt);
    [LibraryImport(Lib)] internal static partial int sts_cuda_event_record(IntPtr evt);
    [LibraryImport(Lib)] internal static partial int sts_cuda_event_synchronize(IntPtr evt);
    [LibraryImport(Lib)] internal static partial int sts_cuda_event_query(IntPtr evt, out int value);
    [LibraryImport(Lib)] internal static partial int sts_cuda_event_elapsed_time(IntPtr start, IntPtr end, out double milliseconds);

    [LibraryImport(Lib)] internal static partial int sts_backend_flag_get(int flag, out int value);
    [LibraryImport(Lib)] internal static partial int sts_backend_flag_set(int flag, int value);
    [LibraryImport(Lib)] internal static partial int sts_cudnn_is_available(out int value);

    [LibraryImport(Lib)] internal static partial int sts_autocast_get(int deviceType, out AutocastState state);
    [LibraryImport(Lib)] internal static partial int sts_autocast_enter(int deviceType, AutocastState state, out AutocastState previous);
    [LibraryImport(Lib)] internal static partial int sts_autocast_exit(int deviceType, AutocastState previous);

    [LibraryImport(Lib)] internal static unsafe partial int sts_amp_unscale_grads(IntPtr* parameters, long count, IntPtr invScale, IntPtr foundInf, int allowFp16);
    [LibraryImport(Lib)] internal static partial int sts_amp_update_scale(IntPtr scale, IntPtr growthTracker, IntPtr foundInf,
        double growthFactor, double backoffFactor, long growthInterval);
}
