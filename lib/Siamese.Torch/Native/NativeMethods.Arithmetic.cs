using System.Runtime.InteropServices;

namespace Siamese.Torch.Native;

internal static partial class NativeMethods
{
    [LibraryImport(Lib)] internal static partial int sts_add(IntPtr a, IntPtr b, NativeScalar alpha, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_add_scalar(IntPtr a, NativeScalar b, NativeScalar alpha, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_add_(IntPtr a, IntPtr b, NativeScalar alpha);
    [LibraryImport(Lib)] internal static partial int sts_add_scalar_(IntPtr a, NativeScalar b, NativeScalar alpha);
    [LibraryImport(Lib)] internal static partial int sts_sub(IntPtr a, IntPtr b, NativeScalar alpha, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_sub_scalar(IntPtr a, NativeScalar b, NativeScalar alpha, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_rsub_scalar(IntPtr a, NativeScalar b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_mul(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_mul_scalar(IntPtr a, NativeScalar b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_mul_(IntPtr a, IntPtr b);
    [LibraryImport(Lib)] internal static partial int sts_mul_scalar_(IntPtr a, NativeScalar b);
    [LibraryImport(Lib)] internal static partial int sts_div(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_div_scalar(IntPtr a, NativeScalar b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_rdiv_scalar(IntPtr a, NativeScalar b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_div_(IntPtr a, IntPtr b);
    [LibraryImport(Lib)] internal static partial int sts_matmul(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_neg(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_relu(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_zero_(IntPtr a);
}
