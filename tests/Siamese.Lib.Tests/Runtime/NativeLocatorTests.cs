using Siamese.Lib.Runtime;

namespace Siamese.Lib.Tests.Runtime;

public sealed class NativeLocatorTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("siamese-locator-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Touch(params string[] parts)
    {
        var path = Path.Combine([root, .. parts]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "");
        return path;
    }

    private NativeLocator Locator(string? bridgeOverride = null) =>
        new(Path.Combine(root, "app"), Path.Combine(root, "packages"), Path.Combine(root, "cache"), bridgeOverride);

    [Fact]
    public void PrefersTheFolderBesideTorchSharp()
    {
        Touch("app", "libtorch_cpu.so");
        Touch("packages", "libtorch-cpu-linux-x64", TorchRuntime.LibTorchVersion, "runtimes", "linux-x64", "native",
            "libtorch_cpu.so");
        Assert.Equal(Path.Combine(root, "app"), Locator().FindLibTorch());
    }

    [Fact]
    public void FallsBackToTheNuGetPackage()
    {
        var lib = Touch("packages", "libtorch-cpu-linux-x64", TorchRuntime.LibTorchVersion, "runtimes", "linux-x64",
            "native", "libtorch_cpu.so");
        Assert.Equal(Path.GetDirectoryName(lib), Locator().FindLibTorch());
    }

    [Fact]
    public void MissingLibTorchNamesEveryFolderAndTheFix()
    {
        var e = Assert.Throws<TorchLoadException>(() => Locator().FindLibTorch());
        Assert.Equal(3, e.Tried.Count);
        Assert.All(e.Tried, t => Assert.Contains(t, e.Message));
        Assert.Contains(TorchLoadException.FixCommand, e.Message);
    }

    [Fact]
    public void FindsTheShippedBridgeInTheRuntimesFolder()
    {
        var bridge = Touch("app", "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        Assert.Equal(bridge, Locator().FindBridge());
    }

    [Fact]
    public void PatchedBridgeComesFromTheCacheSetupWrites()
    {
        var locator = Locator();
        var bridge = Touch("cache", "siamese", $"torchsharp-{TorchRuntime.TorchSharpVersion}", "libLibTorchSharp.so");
        Assert.Equal(Path.GetDirectoryName(bridge), locator.PatchedBridgeDirectory);
        Assert.Equal(bridge, locator.FindPatchedBridge());
    }

    [Fact]
    public void OverrideWinsAndAMissingOneSaysSo()
    {
        var custom = Touch("elsewhere", "libLibTorchSharp.so");
        Assert.Equal(custom, Locator(custom).FindPatchedBridge());
        var missing = Path.Combine(root, "nope", "libLibTorchSharp.so");
        var e = Assert.Throws<TorchLoadException>(() => Locator(missing).FindPatchedBridge());
        Assert.Contains(missing, e.Message);
        Assert.Contains("libstdc++", e.Message);
    }
}
