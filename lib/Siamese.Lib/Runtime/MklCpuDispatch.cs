using System.Runtime.InteropServices;

namespace Siamese.Lib.Runtime;

/// <summary>
/// Loads the MKL CPU-dispatch shim (<c>environment/torchsharp/mkl_cpu_shim.c</c>, built by
/// <c>environment/torchsharp/build-mkl-shim.sh</c>) into the global symbol scope before libtorch, so that the MKL
/// linked into TorchSharp's libtorch picks its AVX-512 kernels on AMD processors instead of its generic ones.
/// Optional: without the shim file, or with <see cref="DisableVariable"/> = 0, MKL is left as it is.
/// </summary>
public static partial class MklCpuDispatch
{
    /// <summary>Set to <c>0</c> to leave MKL's vendor dispatch alone (for measuring what the shim buys).</summary>
    public const string DisableVariable = "SIAMESE_MKL_CPU_SHIM";

    /// <summary>The shim's file name.</summary>
    public const string ShimFile = "libsiamese_mkl_cpu.so";

    private const int RtldNow = 0x2;
    private const int RtldGlobal = 0x100;

    /// <summary>The path of the shim a call of <see cref="Apply"/> loaded, or null while none has.</summary>
    public static string? Loaded { get; private set; }

    /// <summary>Where the build script writes the shim, under the user's cache folder.</summary>
    public static string ShimPath(string cacheRoot) => Path.Combine(cacheRoot, "siamese", "mkl-cpu-shim", ShimFile);

    /// <summary>
    /// Loads the shim with <c>RTLD_GLOBAL</c> when it exists and is not disabled; returns the path loaded, or null.
    /// Must run before libtorch is loaded (libtorch resolves the symbol from the global scope first).
    /// </summary>
    public static string? Apply(string cacheRoot)
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable(DisableVariable) == "0")
        {
            return null;
        }
        var path = ShimPath(cacheRoot);
        if (!File.Exists(path) || dlopen(path, RtldNow | RtldGlobal) == IntPtr.Zero)
        {
            return null;
        }
        Loaded = path;
        return path;
    }

    [LibraryImport("libc.so.6", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr dlopen(string file, int mode);
}
