using System.Runtime.InteropServices;

namespace Siamese.Torch.Native;

internal static partial class NativeMethods
{
    // lib/native/src/tensor_reduce.cpp: a dims length below zero means "all dimensions", dtype -1 "keep".
    [LibraryImport(Lib)] internal static unsafe partial int sts_sum(IntPtr a, long* dims, long ndims, int keepdim, int dtype, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_mean(IntPtr a, long* dims, long ndims, int keepdim, int dtype, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_prod(IntPtr a, int hasDim, long dim, int keepdim, int dtype, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_max_all(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_min_all(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_max_dim(IntPtr a, long dim, int keepdim, out IntPtr values, out IntPtr indices);
    [LibraryImport(Lib)] internal static partial int sts_min_dim(IntPtr a, long dim, int keepdim, out IntPtr values, out IntPtr indices);
    [LibraryImport(Lib)] internal static unsafe partial int sts_amax(IntPtr a, long* dims, long ndims, int keepdim, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_amin(IntPtr a, long* dims, long ndims, int keepdim, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_argmax(IntPtr a, int hasDim, long dim, int keepdim, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_argmin(IntPtr a, int hasDim, long dim, int keepdim, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_norm(IntPtr a, double p, long* dims, long ndims, int keepdim, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_std(IntPtr a, long* dims, long ndims, long correction, int keepdim, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_var(IntPtr a, long* dims, long ndims, long correction, int keepdim, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_cumsum(IntPtr a, long dim, int dtype, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_cumprod(IntPtr a, long dim, int dtype, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_all(IntPtr a, int hasDim, long dim, int keepdim, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_any(IntPtr a, int hasDim, long dim, int keepdim, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_count_nonzero(IntPtr a, long* dims, long ndims, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_logsumexp(IntPtr a, long* dims, long ndims, int keepdim, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_topk(IntPtr a, long k, long dim, int largest, int sorted, out IntPtr values, out IntPtr indices);
    [LibraryImport(Lib)] internal static partial int sts_sort(IntPtr a, long dim, int descending, int stable, out IntPtr values, out IntPtr indices);
    [LibraryImport(Lib)] internal static partial int sts_argsort(IntPtr a, long dim, int descending, int stable, out IntPtr result);
}
