using Siamese.Lib.Runtime;
using TorchSharp;

namespace Siamese.Lib.Tests.Runtime;

public class TorchRuntimeTests
{
    [Fact]
    public void LoadsTheBridgeThisSystemNeeds()
    {
        var info = TorchRuntime.Initialize();
        var needsPatch = StdCxxSupport.NeedsPatchedBridge(StdCxxSupport.SystemHasIosBaseLibraryInit());
        Assert.Equal(needsPatch, info.PatchedBridge);
        Assert.NotNull(info.Bridge);
        Assert.True(File.Exists(info.Bridge));
        if (needsPatch)
        {
            Assert.StartsWith(NativeLocator.ForTorchSharp(typeof(torch).Assembly).PatchedBridgeDirectory, info.Bridge);
        }
        Assert.Same(info, TorchRuntime.Initialize());
    }

    [Fact]
    public void LibTorchIsTorchSharpsNeverTheSystems()
    {
        TorchRuntime.Initialize();
        using var t = torch.ones(2, 3).sum();
        Assert.Equal(6f, t.item<float>());
        // Debian's python3-torch installs libtorch 1.13 under /usr/lib; a by-name load could have mapped it.
        var maps = File.ReadAllLines("/proc/self/maps");
        var torchFiles = maps.Where(l => l.Contains("libtorch_cpu")).Select(l => l[(l.IndexOf('/'))..]).Distinct().ToList();
        Assert.Single(torchFiles);
        Assert.StartsWith(TorchRuntime.Current!.LibTorchDirectory!, torchFiles[0]);
    }

    [Fact]
    public void TorchSharpStillHasTheFlagTheLoaderSets() =>
        // TorchRuntime tells TorchSharp its natives are loaded through a private field; a TorchSharp upgrade that
        // renames it must fail here, not as a double-loaded libtorch at start.
        Assert.True(TorchRuntime.MarkBackendLoaded(cuda: false));

    [Fact]
    public void VersionsMatchTheCentralPackageVersions()
    {
        var props = File.ReadAllText(Path.Combine(Repository.Root, "Directory.Packages.props"));
        Assert.Contains($"Include=\"TorchSharp\" Version=\"{TorchRuntime.TorchSharpVersion}\"", props);
        Assert.Contains($"Include=\"libtorch-cpu-linux-x64\" Version=\"{TorchRuntime.LibTorchVersion}\"", props);
    }

    [Fact]
    public void MallocTuningApplies() => Assert.True(TorchRuntime.Initialize().MallocTuned);
}
