using System.Text.Json;
using Siamese.Lib.Data;

namespace Siamese.Lib.Tests.Data;

public class PngReaderTests
{
    private static readonly JsonElement[] Golden = LoadGolden();

    private static JsonElement[] LoadGolden()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "png_golden.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return [.. doc.RootElement.GetProperty("cases").EnumerateArray().Select(e => e.Clone())];
    }

    public static TheoryData<string> GoldenNames() => [.. Golden.Select(g => g.GetProperty("name").GetString()!)];

    [Theory]
    [MemberData(nameof(GoldenNames))]
    public void DecodesPilWrittenFilesToPilsGray(string name)
    {
        var c = Golden.Single(g => g.GetProperty("name").GetString() == name);
        var image = PngReader.ReadGray(Convert.FromBase64String(c.GetProperty("png").GetString()!), name);
        Assert.Equal(c.GetProperty("width").GetInt32(), image.Width);
        Assert.Equal(c.GetProperty("height").GetInt32(), image.Height);
        Assert.Equal(image.Width * image.Height, image.Pixels.Length);
        // Alpha (colour types 4 and 6) comes back premultiplied by SkiaSharp, and 16-bit samples are reduced by it,
        // unlike PIL: documented on PngReader, not compared. Everything else must equal PIL's convert("L").
        var colorType = c.GetProperty("color_type").GetInt32();
        if (colorType is 4 or 6 || c.GetProperty("bit_depth").GetInt32() == 16)
        {
            return;
        }
        var expected = c.GetProperty("gray").EnumerateArray().Select(v => (byte)v.GetInt32()).ToArray();
        Assert.Equal(expected, image.Pixels);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(4, false)]
    [InlineData(8, false)]
    [InlineData(1, true)]
    [InlineData(8, true)]
    public void GrayDepthsAndInterlacingDecodeExactly(int bitDepth, bool interlace)
    {
        // 11x10: odd sizes exercise partial bytes and every Adam7 pass; the test encoder cycles filters 0..4.
        const int W = 11, H = 10;
        var max = (1 << bitDepth) - 1;
        var rng = new Random(bitDepth);
        var samples = Enumerable.Range(0, W * H).Select(_ => rng.Next(max + 1)).ToArray();
        var png = TestFiles.EncodePng(W, H, 0, bitDepth, samples, interlace: interlace);
        var image = PngReader.ReadGray(png);
        Assert.Equal(samples.Select(s => (byte)(s * 255 / max)).ToArray(), image.Pixels);
    }

    [Fact]
    public void CorruptFileIsNamedNotDecoded()
    {
        var png = TestFiles.OneBitPng(8, 4, (x, y) => (x + y) % 2);
        png[^20] ^= 0x01; // inside the IDAT payload: the decoder alone would throw a bare NullReferenceException
        var e = Assert.Throws<DataFormatException>(() => PngReader.ReadGray(png, "strokes.png"));
        Assert.Contains("strokes.png", e.Message);
        Assert.Contains("CRC mismatch", e.Message);
    }

    [Fact]
    public void TruncatedFileIsNamedNotHalfDecoded()
    {
        // The decoder alone turns half a file into an image whose lower half is blank, without an error.
        var png = TestFiles.OneBitPng(105, 105, (x, y) => (x * y) % 3 == 0 ? 1 : 0);
        var e = Assert.Throws<DataFormatException>(() => PngReader.ReadGray(png[..(png.Length / 2)], "half.png"));
        Assert.Contains("half.png", e.Message);
        Assert.Contains("truncated", e.Message);
    }
}
