using System.Runtime.InteropServices;

namespace Siamese.Torch.Native;

/// <summary>The ABI form of <see cref="Scalar"/> (matches <c>sts_scalar</c> in lib/native/src/shim.h).</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct NativeScalar
{
    internal readonly double D;
    internal readonly long I;
    internal readonly int Kind;

    internal NativeScalar(double d, long i, int kind)
    {
        D = d;
        I = i;
        Kind = kind;
    }
}
