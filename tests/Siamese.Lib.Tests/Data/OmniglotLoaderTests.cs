using Siamese.Lib.Data;

namespace Siamese.Lib.Tests.Data;

public class OmniglotLoaderTests
{
    private const int S = OmniglotLoader.ImageSize;

    /// <summary>A pattern that identifies (alphabet, character, drawer) in the image.</summary>
    private static int Bit(int a, int c, int d, int x, int y) => (x * (a + 1) + y * (c + 2) + d) % 3 == 0 ? 0 : 1;

    private static string MakeZip(TempDirectory dir, bool withDirectories = true)
    {
        var path = dir.File("images_background.zip");
        var entries = new List<(string, byte[]?)>();
        if (withDirectories)
        {
            entries.Add(("images_background/", null));
        }
        // Written out of order on purpose: the loader sorts.
        foreach (var (alphabet, a) in new[] { ("Zeta", 1), ("Alpha", 0) })
        {
            for (var c = 2; c >= 1; c--)
            {
                for (var d = 3; d >= 1; d--)
                {
                    entries.Add(($"images_background/{alphabet}/character{c:00}/{a * 10 + c:0000}_{d:00}.png",
                        TestFiles.OneBitPng(S, S, (x, y) => Bit(a, c, d, x, y))));
                }
            }
        }
        TestFiles.WriteZip(path, entries);
        return path;
    }

    [Fact]
    public void LoadsAlphabetsCharactersAndDrawers()
    {
        using var dir = new TempDirectory();
        var ds = OmniglotLoader.LoadZip(MakeZip(dir));
        Assert.Equal(12, ds.Count);
        Assert.Equal(new[] { "Alpha/character01", "Alpha/character02", "Zeta/character01", "Zeta/character02" }, ds.ClassNames);
        Assert.Equal(new[] { "Alpha", "Zeta" }, ds.GroupNames);
        Assert.Equal(new[] { 0, 0, 1, 1 }, ds.ClassGroups);
        Assert.Equal(new[] { 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3 }, ds.Labels);
        Assert.Equal(new[] { 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3 }, ds.Instances);
        Assert.Equal((S, S), (ds.Width, ds.Height));
        // Image 10 = Zeta (a=1), character02, drawer 2: pixels 255 where the bit is 1.
        var img = ds.Image(10);
        for (var y = 0; y < S; y++)
        {
            for (var x = 0; x < S; x++)
            {
                Assert.Equal(Bit(1, 2, 2, x, y) * 255, img[y * S + x]);
            }
        }
    }

    [Fact]
    public void WrongImageSizeIsReported()
    {
        using var dir = new TempDirectory();
        var path = dir.File("bad.zip");
        TestFiles.WriteZip(path, [("images_background/A/character01/0001_01.png", TestFiles.OneBitPng(10, 10, (x, y) => 1))]);
        Assert.Contains("10x10", Assert.Throws<DataFormatException>(() => OmniglotLoader.LoadZip(path)).Message);
    }

    [Fact]
    public void EmptyArchiveIsAnErrorNotAnEmptyDataset()
    {
        using var dir = new TempDirectory();
        var path = dir.File("empty.zip");
        TestFiles.WriteZip(path, [("images_background/", null)]);
        Assert.Contains("no PNG images", Assert.Throws<DataFormatException>(() => OmniglotLoader.LoadZip(path)).Message);
    }

    [Fact]
    public void CorruptPngInsideTheZipNamesTheEntry()
    {
        using var dir = new TempDirectory();
        var path = dir.File("crc.zip");
        var png = TestFiles.OneBitPng(S, S, (x, y) => 1);
        png[40] ^= 0xFF;
        TestFiles.WriteZip(path, [("images_background/A/character01/0001_01.png", png)]);
        var e = Assert.Throws<DataFormatException>(() => OmniglotLoader.LoadZip(path));
        Assert.Contains("crc.zip!images_background/A/character01/0001_01.png", e.Message);
    }

    [DataFact(DatasetCatalog.Omniglot)]
    public void RealBackgroundSplitHasTheKnownCounts()
    {
        var ds = OmniglotLoader.Load(background: true);
        Assert.Equal(30, ds.GroupNames!.Count);
        Assert.Equal(964, ds.ClassCount);
        Assert.Equal(19_280, ds.Count);
        Assert.All(ds.IndicesByClass, c => Assert.Equal(20, c.Count));
        Assert.All(ds.IndicesByClass, c => Assert.Equal(Enumerable.Range(1, 20), c.Select(i => ds.Instances![i]).Order()));
        // 1-bit images: only paper (255) and ink (0), mostly paper.
        var ink = ds.Pixels.Count(p => p == 0);
        Assert.Equal(ds.Pixels.Length, ink + ds.Pixels.Count(p => p == 255));
        Assert.InRange(ink / (double)ds.Pixels.Length, 0.01, 0.3);
    }

    [DataFact(DatasetCatalog.Omniglot)]
    public void RealEvaluationSplitHasTheKnownCounts()
    {
        var ds = OmniglotLoader.Load(background: false);
        Assert.Equal(20, ds.GroupNames!.Count);
        Assert.Equal(659, ds.ClassCount);
        Assert.Equal(13_180, ds.Count);
    }
}
