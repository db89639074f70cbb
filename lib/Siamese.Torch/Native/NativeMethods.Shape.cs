using System.Runtime.InteropServices;

namespace Siamese.Torch.Native;

internal static partial class NativeMethods
{
    // lib/native/src/tensor_shape.cpp. List results come back as a native array freed by sts_handle_array_free.
    [LibraryImport(Lib)] internal static unsafe partial int sts_view(IntPtr a, long* sizes, long n, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_reshape(IntPtr a, long* sizes, long n, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_permute(IntPtr a, long* sizes, long n, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_expand(IntPtr a, long* sizes, long n, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_repeat(IntPtr a, long* sizes, long n, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_flip(IntPtr a, long* sizes, long n, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_tile(IntPtr a, long* sizes, long n, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial void sts_handle_array_free(IntPtr* handles);
    [LibraryImport(Lib)] internal static partial int sts_flatten(IntPtr a, long start, long end, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_unflatten(IntPtr a, long dim, long* sizes, long n, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_squeeze(IntPtr a, int hasDim, long dim, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_unsqueeze(IntPtr a, long dim, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_transpose(IntPtr a, long d0, long d1, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_t(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_mT(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_movedim(IntPtr a, long source, long destination, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_contiguous(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_clone(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_expand_as(IntPtr a, IntPtr other, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_view_as(IntPtr a, IntPtr other, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_cat(IntPtr* tensors, long n, long dim, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_stack(IntPtr* tensors, long n, long dim, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_chunk(IntPtr a, long chunks, long dim, out IntPtr* result, out long count);
    [LibraryImport(Lib)] internal static unsafe partial int sts_split(IntPtr a, long size, long dim, out IntPtr* result, out long count);
    [LibraryImport(Lib)] internal static unsafe partial int sts_split_with_sizes(IntPtr a, long* sizes, long n, long dim, out IntPtr* result, out long count);
    [LibraryImport(Lib)] internal static unsafe partial int sts_unbind(IntPtr a, long dim, out IntPtr* result, out long count);
    [LibraryImport(Lib)] internal static partial int sts_narrow(IntPtr a, long dim, long start, long length, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_select(IntPtr a, long dim, long index, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_slice(IntPtr a, long dim, long start, long end, long step, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_index_select(IntPtr a, long dim, IntPtr index, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_gather(IntPtr a, long dim, IntPtr index, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_scatter(IntPtr a, long dim, IntPtr index, IntPtr src, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_scatter_scalar(IntPtr a, long dim, IntPtr index, NativeScalar value, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_scatter_(IntPtr a, long dim, IntPtr index, IntPtr src);
    [LibraryImport(Lib)] internal static partial int sts_scatter_scalar_(IntPtr a, long dim, IntPtr index, NativeScalar value);
    [LibraryImport(Lib)] internal static partial int sts_scatter_add(IntPtr a, long dim, IntPtr index, IntPtr src, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_roll(IntPtr a, long* shifts, long nshifts, long* dims, long ndims, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_tril(IntPtr a, long diagonal, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_triu(IntPtr a, long diagonal, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_diag(IntPtr a, long diagonal, out IntPtr result);
}
