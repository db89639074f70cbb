using System.Runtime.InteropServices;

namespace Siamese.Torch.Native;

internal static partial class NativeMethods
{
    // lib/native/src/tensor_index.cpp: an index expression as kinds + 3 ints per entry + tensor handles.
    [LibraryImport(Lib)] internal static unsafe partial int sts_index(IntPtr a, int* kinds, long* ints, IntPtr* handles, long n, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_index_put_(IntPtr a, int* kinds, long* ints, IntPtr* handles, long n, IntPtr value);
    [LibraryImport(Lib)] internal static unsafe partial int sts_index_put_scalar_(IntPtr a, int* kinds, long* ints, IntPtr* handles, long n, NativeScalar value);
    [LibraryImport(Lib)] internal static partial int sts_masked_select(IntPtr a, IntPtr mask, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_nonzero(IntPtr a, out IntPtr result);
}
