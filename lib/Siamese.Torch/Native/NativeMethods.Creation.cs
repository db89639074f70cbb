using System.Runtime.InteropServices;

namespace Siamese.Torch.Native;

internal static partial class NativeMethods
{
    // lib/native/src/tensor_creation.cpp: dtype / device type -1 = PyTorch's default.
    [LibraryImport(Lib)] internal static partial int sts_arange(NativeScalar start, NativeScalar end, NativeScalar step, int dtype, int deviceType, int deviceIndex, int requiresGrad, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_linspace(double start, double end, long steps, int dtype, int deviceType, int deviceIndex, int requiresGrad, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_logspace(double start, double end, long steps, double @base, int dtype, int deviceType, int deviceIndex, int requiresGrad, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_eye(long n, long columns, int dtype, int deviceType, int deviceIndex, int requiresGrad, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_randint(long low, long high, long* shape, long ndim, int dtype, int deviceType, int deviceIndex, int requiresGrad, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_randperm(long n, int dtype, int deviceType, int deviceIndex, int requiresGrad, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_like(IntPtr a, int kind, int dtype, int deviceType, int deviceIndex, int requiresGrad, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_full_like(IntPtr a, NativeScalar value, int dtype, int deviceType, int deviceIndex, int requiresGrad, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_randint_like(IntPtr a, long low, long high, int dtype, int deviceType, int deviceIndex, int requiresGrad, out IntPtr result);

    [LibraryImport(Lib)] internal static partial int sts_retain_grad(IntPtr a);
    [LibraryImport(Lib)] internal static partial int sts_retains_grad(IntPtr a, out int value);
    [LibraryImport(Lib)] internal static unsafe partial int sts_autograd_grad(IntPtr* outputs, long noutputs, IntPtr* inputs, long ninputs, IntPtr* gradOutputs, long ngradOutputs, int retainGraph, int createGraph, int allowUnused, out IntPtr* result, out long count);
}
