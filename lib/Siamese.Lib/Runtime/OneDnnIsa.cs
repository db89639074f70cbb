using System.Runtime.InteropServices;

namespace Siamese.Lib.Runtime;

/// <summary>
/// Caps oneDNN, libtorch's CPU convolution library, at AVX (no AVX2/AVX-512) kernels. libtorch 2.10 ships oneDNN
/// 3.7.1, whose AVX2 and AVX-512 convolution kernels return gradients that change between identical backward passes,
/// even on one thread (uninitialised memory read), and sometimes NaN. Measured on an AMD EPYC with AVX-512: the input
/// gradient of a Conv2d(4 → 8, 3×3, padding 1) on 4×4 maps differed in 214 of 300 identical passes; over 40 small
/// shapes the AVX2 cap still left 17 differing passes, the AVX and SSE4.1 caps none; SmallCnn, KochCnn and the
/// verification recipe reached a NaN loss within a few steps uncapped. The AVX cap cost no measurable time on a
/// SmallCnn MNIST step (about 300 ms per batch of 64 either way, 2 threads). oneDNN reads the cap when it first
/// dispatches, so it is set in the native process environment (libc <c>setenv</c>: .NET's
/// <c>Environment.SetEnvironmentVariable</c> does not reach native code) before the first convolution. A value
/// already in the environment wins.
/// </summary>
public static partial class OneDnnIsa
{
    /// <summary>oneDNN's variable for the highest instruction set its kernels may use.</summary>
    public const string IsaVariable = "ONEDNN_MAX_CPU_ISA";

    /// <summary>The cap: the widest instruction set whose convolution kernels were measured exact.</summary>
    public const string SafeIsa = "AVX";

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
