using System.Runtime.InteropServices;

namespace Siamese.Torch.Native;

/// <summary>
/// P/Invoke declarations of lib/native. Split by area (NativeMethods.&lt;Area&gt;.cs) to mirror
/// lib/native/src/&lt;area&gt;.cpp. Every call returns 0 or -1; <see cref="Check"/> turns -1 into a
/// <see cref="TorchException"/> with libtorch's message.
/// </summary>
internal static partial class NativeMethods
{
    private const string Lib = NativeLibraryResolver.LibraryName;

    internal static void Check(int status)
    {
        if (status != 0)
        {
            Throw();
        }
    }

    private static void Throw() =>
        throw new TorchException(Marshal.PtrToStringUTF8(sts_last_error()) ?? "unknown libtorch error");

    [LibraryImport(Lib)] internal static partial IntPtr sts_last_error();
    [LibraryImport(Lib)] internal static partial void sts_tensor_free(IntPtr h);

    [LibraryImport(Lib)] internal static partial int sts_tensor_ndim(IntPtr h, out long ndim);
    [LibraryImport(Lib)] internal static unsafe partial int sts_tensor_shape(IntPtr h, long* shape, long capacity);
    [LibraryImport(Lib)] internal static partial int sts_tensor_numel(IntPtr h, out long numel);
    [LibraryImport(Lib)] internal static partial int sts_tensor_dtype(IntPtr h, out int dtype);
    [LibraryImport(Lib)] internal static partial int sts_tensor_device(IntPtr h, out int type, out int index);
    [LibraryImport(Lib)] internal static partial int sts_tensor_is_contiguous(IntPtr h, out int value);
    [LibraryImport(Lib)] internal static unsafe partial int sts_tensor_to_string(IntPtr h, byte* buffer, long capacity, out long needed);

    [LibraryImport(Lib)] internal static unsafe partial int sts_tensor_from_blob(void* data, long* shape, long ndim, int dtype, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_tensor_copy_to_host(IntPtr h, void* buffer, long capacityBytes);
    [LibraryImport(Lib)] internal static partial int sts_tensor_item_double(IntPtr h, out double value);
    [LibraryImport(Lib)] internal static partial int sts_tensor_item_int64(IntPtr h, out long value);

    [LibraryImport(Lib)] internal static partial int sts_tensor_to(IntPtr h, int deviceType, int deviceIndex, int dtype, int nonBlocking, int copy, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_tensor_alias(IntPtr h, out IntPtr result);

    [LibraryImport(Lib)] internal static partial int sts_manual_seed(long seed);
    [LibraryImport(Lib)] internal static partial int sts_set_num_threads(int n);
    [LibraryImport(Lib)] internal static partial int sts_get_num_threads(out int n);
    [LibraryImport(Lib)] internal static partial int sts_set_num_interop_threads(int n);
    [LibraryImport(Lib)] internal static partial int sts_cuda_is_available(out int value);
    [LibraryImport(Lib)] internal static partial int sts_cuda_device_count(out int value);

    [LibraryImport(Lib)] internal static partial int sts_grad_mode_enabled(out int value);
    [LibraryImport(Lib)] internal static partial int sts_set_grad_mode(int enabled);
    [LibraryImport(Lib)] internal static partial int sts_tensor_requires_grad(IntPtr h, out int value);
    [LibraryImport(Lib)] internal static partial int sts_tensor_set_requires_grad(IntPtr h, int value);
    [LibraryImport(Lib)] internal static partial int sts_tensor_grad(IntPtr h, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_tensor_set_grad(IntPtr h, IntPtr grad);
    [LibraryImport(Lib)] internal static partial int sts_tensor_is_leaf(IntPtr h, out int value);
    [LibraryImport(Lib)] internal static partial int sts_tensor_backward(IntPtr h, IntPtr gradient, int retainGraph, int createGraph);
    [LibraryImport(Lib)] internal static partial int sts_tensor_detach(IntPtr h, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_tensor_detach_(IntPtr h);
    [LibraryImport(Lib)] internal static partial int sts_tensor_set_data(IntPtr h, IntPtr data);
}
