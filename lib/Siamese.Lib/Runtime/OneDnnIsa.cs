using System.Runtime.InteropServices;

namespace Siamese.Lib.Runtime;

/// <summary>
/// Caps oneDNN, libtorch's CPU convolution library, at AVX2 kernels. libtorch 2.10 ships oneDNN 3.7.1, whose
/// AVX-512 convolution backward-data kernel returns wrong input gradients that change from run to run when it runs
/// on more than one thread. Measured on an AMD EPYC with AVX-512, 2 threads: the input gradient of a
/// Conv2d(4 → 8, 3×3, padding 1) on 4×4 maps differed in 214 of 300 identical backward passes, and SmallCnn,
/// KochCnn and the verification recipe reached a NaN loss within a few steps; with AVX2 kernels, or one thread,
/// every pass was identical. oneDNN reads the cap when it first dispatches, so it is set in the native process
/// environment (libc <c>setenv</c>: .NET's <c>Environment.SetEnvironmentVariable</c> does not reach native code)
/// before the first convolution. A value already in the environment wins.
/// </summary>
public static partial class OneDnnIsa
{
    /// <summary>oneDNN's variable for the highest instruction set its kernels may use.</summary>
    public const string IsaVariable = "ONEDNN_MAX_CPU_ISA";

    /// <summary>The cap: the widest instruction set whose backward kernels were measured exact.</summary>
    public const string SafeIsa = "AVX2";

    /// <summary>Set to <c>0</c> to leave oneDNN uncapped (e.g. to check whether a newer libtorch still needs this).</summary>
    public const string DisableVariable = "SIAMESE_ONEDNN_ISA_CAP";

    /// <summary>Sets the cap unless disabled or already set; true when the environment now caps oneDNN at <see cref="SafeIsa"/>.</summary>
    public static bool Apply()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable(DisableVariable) == "0")
        {
            return false;
        }
        const int keepExisting = 0;
        return setenv(IsaVariable, SafeIsa, keepExisting) == 0
            && string.Equals(Marshal.PtrToStringUTF8(getenv(IsaVariable)), SafeIsa, StringComparison.OrdinalIgnoreCase);
    }

    [LibraryImport("libc.so.6", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int setenv(string name, string value, int overwrite);

    [LibraryImport("libc.so.6", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr getenv(string name);
}
