using Siamese.Lib.Runtime;

namespace Siamese.Lib.Tests.Runtime;

public class SkiaNativeTests
{
    [Fact]
    public void LooksBesideTheAssemblyThenInTheNuGetPackage()
    {
        var candidates = SkiaNative.Candidates("/app", "/packages", "2.88.6");
        Assert.Equal(
        [
            "/app/libSkiaSharp.so",
            "/app/runtimes/linux-x64/native/libSkiaSharp.so",
            "/packages/skiasharp.nativeassets.linux.nodependencies/2.88.6/runtimes/linux-x64/native/libSkiaSharp.so",
        ], candidates);
    }

    [Fact]
    public void AFourPartVersionAlsoTriesItsPackageFolder()
    {
        // SkiaSharp 2.88.6's informational version reads "2.88.6.0-<commit>"; NuGet's folder is "2.88.6".
        var candidates = SkiaNative.Candidates("/app", "/packages", "2.88.6.0");
        Assert.Equal("/packages/skiasharp.nativeassets.linux.nodependencies/2.88.6/runtimes/linux-x64/native/libSkiaSharp.so",
                     candidates[^1]);
    }

    [Fact]
    public void ProcessMapsSkiaSharpFromOneOfThem()
    {
        TorchRuntime.Initialize();
        // Decoding maps the library; it must be one of the candidates, not a system copy.
        _ = Siamese.Lib.Data.PngReader.ReadGray(Data.TestFiles.OneBitPng(4, 4, (x, y) => (x + y) % 2));
        var mapped = File.ReadAllLines("/proc/self/maps").Where(l => l.EndsWith("/libSkiaSharp.so")).Select(l => l[l.IndexOf('/')..]).Distinct().ToList();
        Assert.Single(mapped);
        var skiaDirectory = Path.GetDirectoryName(typeof(SkiaSharp.SKBitmap).Assembly.Location)!;
        var packages = NativeLocator.ForTorchSharp(typeof(TorchSharp.torch).Assembly).PackagesRoot;
        Assert.True(mapped[0].StartsWith(skiaDirectory, StringComparison.Ordinal)
            || mapped[0].StartsWith(packages, StringComparison.Ordinal), $"libSkiaSharp mapped from {mapped[0]}");
    }
}
