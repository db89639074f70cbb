using System.Text;
using Siamese.Lib.Data;

namespace Siamese.Lib.Tests.Data;

public class AttFacesLoaderTests
{
    [Fact]
    public void DecodesP5WithCommentsAndRescalesMaxval()
    {
        var body = new byte[] { 0, 1, 2, 3, 4, 5 };
        var (w, h, p) = PgmDecoder.Decode(TestFiles.Pgm(3, 2, body, "P5\n# made by a test\n3 2\n# another\n5\n"));
        Assert.Equal((3, 2), (w, h));
        Assert.Equal(new byte[] { 0, 51, 102, 153, 204, 255 }, p);
    }

    [Fact]
    public void DecodesSixteenBitPgm()
    {
        var (_, _, p) = PgmDecoder.Decode(TestFiles.Pgm(2, 1, [0xFF, 0xFF, 0x00, 0x00], "P5 2 1 65535\n"));
        Assert.Equal(new byte[] { 255, 0 }, p);
    }

    [Theory]
    [InlineData("P2\n2 2\n255\n", "expected 'P5'")]
    [InlineData("P5\n2\n", "no height")]
    [InlineData("P5\n2 2\n255\n", "truncated")]
    public void BadPgmIsReported(string header, string message)
    {
        var data = Encoding.ASCII.GetBytes(header).Concat(new byte[header.Contains("P5\n2 2") ? 3 : 0]).ToArray();
        Assert.Contains(message, Assert.Throws<DataFormatException>(() => PgmDecoder.Decode(data, "f.pgm")).Message);
    }

    [Fact]
    public void LoadsSubjectsInNumericOrder()
    {
        using var dir = new TempDirectory();
        foreach (var s in new[] { 1, 2, 10 })
        {
            for (var i = 1; i <= 2; i++)
            {
                File.WriteAllBytes(dir.File($"s{s}/{i}.pgm"), TestFiles.Pgm(4, 3, Enumerable.Repeat((byte)(s * 10 + i), 12).ToArray()));
            }
        }
        File.WriteAllText(dir.File("README"), "not an image");
        var ds = AttFacesLoader.LoadDirectory(dir.Path);
        Assert.Equal(new[] { "s1", "s2", "s10" }, ds.ClassNames);
        Assert.Equal(new[] { 0, 0, 1, 1, 2, 2 }, ds.Labels);
        Assert.Equal(new[] { 1, 2, 1, 2, 1, 2 }, ds.Instances);
        Assert.Equal(102, ds.Image(5)[0]);
        Assert.Equal((4, 3), (ds.Width, ds.Height));
    }

    [Fact]
    public void MixedSizesAreReported()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("s1/1.pgm"), TestFiles.Pgm(4, 3, new byte[12]));
        File.WriteAllBytes(dir.File("s1/2.pgm"), TestFiles.Pgm(3, 3, new byte[9]));
        Assert.Contains("3x3", Assert.Throws<DataFormatException>(() => AttFacesLoader.LoadDirectory(dir.Path)).Message);
    }

    [DataFact(DatasetCatalog.AttFaces)]
    public void RealFacesAre40SubjectsOf10Images()
    {
        var ds = AttFacesLoader.Load();
        Assert.Equal(400, ds.Count);
        Assert.Equal(AttFacesLoader.SubjectCount, ds.ClassCount);
        Assert.All(ds.IndicesByClass, c => Assert.Equal(10, c.Count));
        Assert.Equal((AttFacesLoader.ImageWidth, AttFacesLoader.ImageHeight), (ds.Width, ds.Height));
        Assert.Equal("s40", ds.ClassNames[^1]);
    }
}
