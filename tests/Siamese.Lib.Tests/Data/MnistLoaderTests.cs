using Siamese.Lib.Data;

namespace Siamese.Lib.Tests.Data;

public class MnistLoaderTests
{
    private static (string Images, string Labels) WriteFixture(TempDirectory dir, int n, bool gzip = true)
    {
        var pixels = Enumerable.Range(0, n * 28 * 28).Select(i => (byte)(i % 256)).ToArray();
        var labels = Enumerable.Range(0, n).Select(i => (byte)(i % 10)).ToArray();
        var img = TestFiles.Idx(IdxReader.ImageMagic, [n, 28, 28], pixels);
        var lab = TestFiles.Idx(IdxReader.LabelMagic, [n], labels);
        var ip = dir.File("imgs.idx" + (gzip ? ".gz" : ""));
        var lp = dir.File("labels.idx" + (gzip ? ".gz" : ""));
        File.WriteAllBytes(ip, gzip ? TestFiles.Gzip(img) : img);
        File.WriteAllBytes(lp, gzip ? TestFiles.Gzip(lab) : lab);
        return (ip, lp);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void LoadsGzipAndPlainIdx(bool gzip)
    {
        using var dir = new TempDirectory();
        var (ip, lp) = WriteFixture(dir, 13, gzip);
        var ds = MnistLoader.LoadFiles(ip, lp, "fixture");
        Assert.Equal(13, ds.Count);
        Assert.Equal((28, 28), (ds.Width, ds.Height));
        Assert.Equal(12 % 10, ds.Labels[12]);
        Assert.Equal((byte)((5 * 784 + 30) % 256), ds.Image(5)[30]);
    }

    [Fact]
    public void WrongMagicIsReported()
    {
        using var dir = new TempDirectory();
        var (ip, lp) = WriteFixture(dir, 3);
        // Images and labels swapped: each file has the other's magic.
        var e = Assert.Throws<DataFormatException>(() => MnistLoader.LoadFiles(lp, ip, "swapped"));
        Assert.Contains("magic number 2051", e.Message);
        Assert.Contains("expected 2049", e.Message);
    }

    [Fact]
    public void TruncatedGzipIsReported()
    {
        using var dir = new TempDirectory();
        var (ip, lp) = WriteFixture(dir, 50);
        var bytes = File.ReadAllBytes(ip);
        File.WriteAllBytes(ip, bytes[..(bytes.Length * 2 / 3)]);
        var e = Assert.Throws<DataFormatException>(() => MnistLoader.LoadFiles(ip, lp, "cut"));
        Assert.Contains(ip, e.Message);
        Assert.Contains("truncated", e.Message);
    }

    [Fact]
    public void CorruptGzipIsReported()
    {
        using var dir = new TempDirectory();
        var (ip, lp) = WriteFixture(dir, 50);
        var bytes = File.ReadAllBytes(ip);
        for (var i = 20; i < 60; i++)
        {
            bytes[i] ^= 0xA5;
        }
        File.WriteAllBytes(ip, bytes);
        var e = Assert.Throws<DataFormatException>(() => MnistLoader.LoadFiles(ip, lp, "corrupt"));
        Assert.Contains(ip, e.Message);
    }

    [Fact]
    public void ExtraBytesAndCountMismatchAreReported()
    {
        using var dir = new TempDirectory();
        var p = dir.File("x.idx");
        File.WriteAllBytes(p, TestFiles.Idx(IdxReader.LabelMagic, [3], [1, 2, 3, 4]));
        Assert.Contains("more bytes", Assert.Throws<DataFormatException>(() => IdxReader.Read(p, IdxReader.LabelMagic)).Message);

        var (ip, _) = WriteFixture(dir, 4);
        var lp = dir.File("fewer.idx");
        File.WriteAllBytes(lp, TestFiles.Idx(IdxReader.LabelMagic, [3], [1, 2, 3]));
        Assert.Contains("3 labels but", Assert.Throws<DataFormatException>(() => MnistLoader.LoadFiles(ip, lp, "x")).Message);
    }

    [Fact]
    public void LabelOutOfRangeIsReported()
    {
        using var dir = new TempDirectory();
        var (ip, _) = WriteFixture(dir, 2);
        var lp = dir.File("bad.idx");
        File.WriteAllBytes(lp, TestFiles.Idx(IdxReader.LabelMagic, [2], [1, 11]));
        Assert.Contains("label 11", Assert.Throws<DataFormatException>(() => MnistLoader.LoadFiles(ip, lp, "x")).Message);
    }

    [DataFact(DatasetCatalog.Mnist)]
    public void RealMnistHasTheKnownCountsAndHistogram()
    {
        var train = MnistLoader.Load(train: true);
        var test = MnistLoader.Load(train: false);
        Assert.Equal(60_000, train.Count);
        Assert.Equal(10_000, test.Count);
        // MANIFEST.md: train label histogram 0-9.
        Assert.Equal(new[] { 5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949 },
            train.IndicesByClass.Select(c => c.Count));
        Assert.Equal((28, 28), (test.Width, test.Height));
    }
}
