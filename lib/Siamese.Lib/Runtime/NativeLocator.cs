using System.Reflection;

namespace Siamese.Lib.Runtime;

/// <summary>
/// Finds TorchSharp's native files: beside TorchSharp.dll when a build copied them there (the CLI, the tests,
/// the notebooks' <c>#r</c> of Siamese.Lib.dll), else in the NuGet packages they were restored into
/// (<c>#r "nuget: …"</c> in .NET Interactive). Never a system folder: Debian's libtorch 1.13 must not be picked.
/// </summary>
public sealed class NativeLocator
{
    /// <summary>Environment variable naming a patched <c>libLibTorchSharp.so</c> to use instead of the default.</summary>
    public const string BridgeVariable = "SIAMESE_TORCHSHARP_BRIDGE";

    /// <summary>libtorch's libraries in load order (each needs the ones before it); absent ones are skipped.</summary>
    public static readonly IReadOnlyList<string> LibTorchLibraries =
        ["libc10.so", "libtorch_cpu.so", "libc10_cuda.so", "libtorch_cuda.so", "libtorch.so"];

    private const string Rid = "linux-x64";
    private const string BridgeFile = "libLibTorchSharp.so";
    private readonly string assemblyDirectory;
    private readonly string packagesRoot;
    private readonly string cacheRoot;
    private readonly string? bridgeOverride;

    /// <summary>Creates a locator from explicit roots (tests use temporary folders).</summary>
    /// <param name="assemblyDirectory">The folder holding TorchSharp.dll.</param>
    /// <param name="packagesRoot">NuGet's global packages folder.</param>
    /// <param name="cacheRoot">The user's cache folder, where setup writes the patched bridge.</param>
    /// <param name="bridgeOverride">A patched bridge named by <see cref="BridgeVariable"/>, or null.</param>
    public NativeLocator(string assemblyDirectory, string packagesRoot, string cacheRoot, string? bridgeOverride)
    {
        this.assemblyDirectory = assemblyDirectory;
        this.packagesRoot = packagesRoot;
        this.cacheRoot = cacheRoot;
        this.bridgeOverride = string.IsNullOrWhiteSpace(bridgeOverride) ? null : bridgeOverride;
    }

    /// <summary>The locator for the TorchSharp assembly this process loaded, with the user's folders.</summary>
    public static NativeLocator ForTorchSharp(Assembly torchSharp)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } p
            ? p : Path.Combine(home, ".nuget", "packages");
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } c
            ? c : Path.Combine(home, ".cache");
        return new NativeLocator(Path.GetDirectoryName(torchSharp.Location) ?? ".", packages, cache,
            Environment.GetEnvironmentVariable(BridgeVariable));
    }

    /// <summary>The user's cache folder (<c>XDG_CACHE_HOME</c>, else ~/.cache), where setup writes native helpers.</summary>
    public string CacheRoot => cacheRoot;

    /// <summary>NuGet's global packages folder this locator searches.</summary>
    public string PackagesRoot => packagesRoot;

    /// <summary>Where <c>environment/setup.sh</c> writes the patched bridge and its shim.</summary>
    public string PatchedBridgeDirectory =>
        Path.Combine(cacheRoot, "siamese", $"torchsharp-{TorchRuntime.TorchSharpVersion}");

    /// <summary>Folders that may hold libtorch, in the order they are tried.</summary>
    public IReadOnlyList<string> LibTorchCandidates =>
    [
        assemblyDirectory,
        Path.Combine(assemblyDirectory, "runtimes", Rid, "native"),
        Path.Combine(packagesRoot, $"libtorch-cpu-{Rid}", TorchRuntime.LibTorchVersion, "runtimes", Rid, "native"),
    ];

    /// <summary>Files that may be TorchSharp's own (unpatched) bridge, in the order they are tried.</summary>
    public IReadOnlyList<string> BridgeCandidates =>
    [
        Path.Combine(assemblyDirectory, BridgeFile),
        Path.Combine(assemblyDirectory, "runtimes", Rid, "native", BridgeFile),
        Path.Combine(packagesRoot, "torchsharp", TorchRuntime.TorchSharpVersion, "runtimes", Rid, "native", BridgeFile),
    ];

    /// <summary>The first folder holding <c>libtorch_cpu.so</c>.</summary>
    public string FindLibTorch()
    {
        var found = LibTorchCandidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "libtorch_cpu.so")));
        return found ?? throw new TorchLoadException(
            $"libtorch {TorchRuntime.LibTorchVersion} (libtorch_cpu.so) was not found.", LibTorchCandidates, false);
    }

    /// <summary>TorchSharp's bridge as shipped, for systems whose libstdc++ is new enough.</summary>
    public string FindBridge() =>
        BridgeCandidates.FirstOrDefault(File.Exists)
        ?? throw new TorchLoadException("TorchSharp's libLibTorchSharp.so was not found.", BridgeCandidates, false);

    /// <summary>The patched bridge: <see cref="BridgeVariable"/> if set, else the one setup wrote.</summary>
    public string FindPatchedBridge()
    {
        var path = bridgeOverride ?? Path.Combine(PatchedBridgeDirectory, BridgeFile);
        return File.Exists(path)
            ? path
            : throw new TorchLoadException("The patched libLibTorchSharp.so is missing.", [path], true);
    }
}
