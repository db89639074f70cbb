using System.Runtime.InteropServices;

namespace Siamese.Torch.Native;

internal static partial class NativeMethods
{
    [LibraryImport(Lib)] internal static unsafe partial int sts_zeros(long* shape, long ndim, int dtype, int deviceType, int deviceIndex, int requiresGrad, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_ones(long* shape, long ndim, int dtype, int deviceType, int deviceIndex, int requiresGrad, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_empty(long* shape, long ndim, int dtype, int deviceType, int deviceIndex, int requiresGrad, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_rand(long* shape, long ndim, int dtype, int deviceType, int deviceIndex, int requiresGrad, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_randn(long* shape, long ndim, int dtype, int deviceType, int deviceIndex, int requiresGrad, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_full(long* shape, long ndim, NativeScalar value, int dtype, int deviceType, int deviceIndex, int requiresGrad, out IntPtr result);
}
