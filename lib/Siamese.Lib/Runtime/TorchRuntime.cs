using System.Reflection;
using System.Runtime.InteropServices;
using TorchSharp;

namespace Siamese.Lib.Runtime;

/// <summary>
/// Loads TorchSharp's native libraries once per process, before the first tensor, so that the suite runs the
/// libtorch it was built for and nothing else. Call <see cref="Initialize"/> first thing (the notebooks' setup
/// cell, the CLI's Main, the test assemblies' module initializers); later calls return the first result.
/// </summary>
/// <remarks>
/// Why not let TorchSharp load itself: on Debian 12 and Ubuntu 22.04 its bridge <c>libLibTorchSharp.so</c> needs
/// a newer libstdc++ than the system has (<see cref="StdCxxSupport"/>) and must be swapped for the patched copy
/// that <c>environment/setup.sh</c> writes; and a by-name load can pick up a system libtorch (Debian's 1.13,
/// pulled in by <c>python3-torch</c>) that breaks with undefined symbols. So libtorch and the bridge are loaded by
/// absolute path, P/Invokes into <c>LibTorchSharp</c> are pointed at that handle, and TorchSharp is told its
/// native backend is loaded.
/// </remarks>
public static class TorchRuntime
{
    private static readonly Lock Gate = new();
    private static TorchRuntimeInfo? loaded;

    /// <summary>The libtorch version TorchSharp 0.107.0 was built against (its package <c>libtorch-cpu-*</c>).</summary>
    public const string LibTorchVersion = "2.10.0";

    /// <summary>The TorchSharp package version whose bridge this loader expects (Directory.Packages.props).</summary>
    public const string TorchSharpVersion = "0.107.0";

    /// <summary>
    /// Loads the natives (once), applies <see cref="MallocTuning"/>, <see cref="MklCpuDispatch"/> and
    /// <see cref="CpuBackends"/> (oneDNN and NNPACK off), and returns what was loaded from where. Throws <see cref="TorchLoadException"/> naming every path tried and the command that fixes it.
    /// </summary>
    public static TorchRuntimeInfo Initialize()
    {
        lock (Gate)
        {
            if (loaded is null)
            {
                loaded = Load();
                // Images decode through TorchVision with SkiaSharp (Data.PngReader); TorchVision ships no default.
                SkiaNative.Load(NativeLocator.ForTorchSharp(typeof(torch).Assembly).PackagesRoot);
                torchvision.io.DefaultImager = new torchvision.io.SkiaImager();
            }
            return loaded;
        }
    }

    /// <summary>What <see cref="Initialize"/> loaded, or null before the first call.</summary>
    public static TorchRuntimeInfo? Current => loaded;

    private static TorchRuntimeInfo Load()
    {
        if (!OperatingSystem.IsLinux())
        {
            // TorchSharp's own loader handles Windows and macOS; this one exists for Linux's libstdc++ and shadowing.
            return new TorchRuntimeInfo(null, null, false, MallocTuning.Apply(), OneDnnEnabled: true);
        }
        var malloc = MallocTuning.Apply();
        var locator = NativeLocator.ForTorchSharp(typeof(torch).Assembly);
        // Before libtorch: MKL resolves its CPU-vendor check from the global scope when libtorch loads.
        MklCpuDispatch.Apply(locator.CacheRoot);
        var libtorchDir = locator.FindLibTorch();
        var handles = new Dictionary<string, IntPtr>(StringComparer.Ordinal);
        foreach (var name in NativeLocator.LibTorchLibraries)
        {
            var path = Path.Combine(libtorchDir, name);
            if (File.Exists(path))
            {
                handles[name] = NativeLibrary.Load(path);
            }
        }
        var oneDnn = CpuBackends.Apply(handles["libtorch_cpu.so"]);
        var patched = StdCxxSupport.NeedsPatchedBridge(StdCxxSupport.SystemHasIosBaseLibraryInit());
        var bridge = patched ? locator.FindPatchedBridge() : locator.FindBridge();
        IntPtr handle;
        try
        {
            handle = NativeLibrary.Load(bridge);
        }
        catch (DllNotFoundException e)
        {
            throw new TorchLoadException(
                $"TorchSharp's native bridge {bridge} did not load: {e.Message}", [bridge], patched);
        }
        NativeLibrary.SetDllImportResolver(typeof(torch).Assembly,
            (name, _, _) => name == "LibTorchSharp" ? handle : IntPtr.Zero);
        MarkBackendLoaded(cuda: File.Exists(Path.Combine(libtorchDir, "libtorch_cuda.so")));
        return new TorchRuntimeInfo(libtorchDir, bridge, patched, malloc, oneDnn);
    }

    /// <summary>
    /// Tells TorchSharp its natives are in (its private flags <c>nativeBackendLoaded</c> and
    /// <c>nativeBackendCudaLoaded</c>), so that it does not probe by name and load a second copy of libtorch (two
    /// copies abort at start: "Tried to register multiple backend fallbacks"). Pinned by a test on the package.
    /// </summary>
    internal static bool MarkBackendLoaded(bool cuda)
    {
        const BindingFlags flags = BindingFlags.NonPublic | BindingFlags.Static;
        var cpuFlag = typeof(torch).GetField("nativeBackendLoaded", flags);
        cpuFlag?.SetValue(null, true);
        if (cuda)
        {
            typeof(torch).GetField("nativeBackendCudaLoaded", flags)?.SetValue(null, true);
        }
        return cpuFlag is not null;
    }
}
