using System.Text.Json;
using Siamese.Lib.Data;

namespace Siamese.Lib.Tests.Data;

public class PngDecoderTests
{
    private static readonly JsonElement[] Golden = LoadGolden();

    private static JsonElement[] LoadGolden()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "png_golden.json")));
        return doc.RootElement.GetProperty("cases").EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    public static TheoryData<string> GoldenNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in Golden)
        {
            data.Add(c.GetProperty("name").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(GoldenNames))]
    public void DecodesPilWrittenFilesToPilsValues(string name)
    {
        var c = Golden.Single(g => g.GetProperty("name").GetString() == name);
        var img = PngDecoder.Decode(Convert.FromBase64String(c.GetProperty("png").GetString()!), name);
        Assert.Equal(c.GetProperty("width").GetInt32(), img.Width);
        Assert.Equal(c.GetProperty("height").GetInt32(), img.Height);
        Assert.Equal(c.GetProperty("channels").GetInt32(), img.Channels);
        Assert.Equal(c.GetProperty("bit_depth").GetInt32(), img.BitDepth);
        Assert.Equal(c.GetProperty("color_type").GetInt32(), img.ColorType);
        var expected = c.GetProperty("expected").EnumerateArray().Select(v => (byte)v.GetInt32()).ToArray();
        Assert.Equal(expected, img.Samples);
    }

    public static TheoryData<int, int, bool> Formats() => new()
    {
        { 0, 1, false }, { 0, 2, false }, { 0, 4, false }, { 0, 8, false }, { 0, 16, false },
        { 2, 8, false }, { 2, 16, false }, { 4, 8, false }, { 4, 16, false }, { 6, 8, false }, { 6, 16, false },
        { 3, 1, false }, { 3, 2, false }, { 3, 4, false }, { 3, 8, false },
        { 0, 1, true }, { 0, 2, true }, { 0, 8, true }, { 0, 16, true }, { 2, 8, true }, { 6, 16, true }, { 3, 4, true },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void EveryFilterAndFormatRoundTrips(int colorType, int bitDepth, bool interlace)
    {
        // 11x10: odd sizes exercise partial bytes and every Adam7 pass; rows cycle through filters 0..4.
        const int W = 11, H = 10;
        var channels = colorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };
        var rng = new Random(colorType * 100 + bitDepth);
        var max = (1 << bitDepth) - 1;
        var samples = Enumerable.Range(0, W * H * channels).Select(_ => rng.Next(max + 1)).ToArray();
        byte[]? palette = null;
        if (colorType == 3)
        {
            palette = Enumerable.Range(0, 3 * (max + 1)).Select(_ => (byte)rng.Next(256)).ToArray();
        }
        var png = TestFiles.EncodePng(W, H, colorType, bitDepth, samples, interlace: interlace, palette: palette, idatPieces: 3);
        var img = PngDecoder.Decode(png);
        var expected = colorType == 3
            ? samples.SelectMany(i => new[] { palette![3 * i], palette[3 * i + 1], palette[3 * i + 2] }).ToArray()
            : samples.Select(v => bitDepth == 16 ? (byte)(v >> 8) : (byte)(v * 255 / max)).ToArray();
        Assert.Equal(colorType == 3 ? 3 : channels, img.Channels);
        Assert.Equal(expected, img.Samples);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void EachFilterAloneDecodes(int filter)
    {
        const int W = 9, H = 6;
        var samples = Enumerable.Range(0, W * H).Select(i => (i * 37 + i / W * 11) % 256).ToArray();
        var img = PngDecoder.Decode(TestFiles.EncodePng(W, H, 0, 8, samples, _ => filter));
        Assert.Equal(samples.Select(v => (byte)v).ToArray(), img.Samples);
    }

    [Fact]
    public void GrayscaleConversionUsesBt601Weights()
    {
        var img = new PngImage(2, 1, 3, [255, 0, 0, 10, 20, 30], 8, 2);
        // 0.299*255 = 76.245 -> 76; 0.299*10 + 0.587*20 + 0.114*30 = 18.15 -> 18
        Assert.Equal(new byte[] { 76, 18 }, img.ToGrayscale());
    }

    private static byte[] SmallPng() => TestFiles.OneBitPng(8, 4, (x, y) => (x + y) % 2);

    [Fact]
    public void BadCrcIsReported()
    {
        var png = SmallPng();
        png[^20] ^= 0x01; // a byte inside the IDAT payload
        var e = Assert.Throws<DataFormatException>(() => PngDecoder.Decode(png, "fixture.png"));
        Assert.Contains("CRC mismatch", e.Message);
        Assert.Contains("fixture.png", e.Message);
    }

    [Fact]
    public void BadSignatureIsReported()
    {
        var png = SmallPng();
        png[1] = (byte)'X';
        Assert.Contains("bad signature", Assert.Throws<DataFormatException>(() => PngDecoder.Decode(png)).Message);
    }

    [Theory]
    [InlineData(5, 8, "unsupported colour type 5")]
    [InlineData(1, 8, "unsupported colour type 1")]
    [InlineData(0, 3, "unsupported bit depth 3")]
    [InlineData(2, 4, "unsupported bit depth 4")]
    [InlineData(3, 16, "unsupported bit depth 16")]
    public void UnsupportedFormatsAreReported(int colorType, int bitDepth, string message)
    {
        var ms = new MemoryStream();
        ms.Write(SmallPng().AsSpan(0, 8));
        var ihdr = new byte[13];
        ihdr[3] = 4;
        ihdr[7] = 4;
        ihdr[8] = (byte)bitDepth;
        ihdr[9] = (byte)colorType;
        TestFiles.WriteChunk(ms, "IHDR", ihdr);
        TestFiles.WriteChunk(ms, "IEND", []);
        Assert.Contains(message, Assert.Throws<DataFormatException>(() => PngDecoder.Decode(ms.ToArray())).Message);
    }

    [Fact]
    public void TruncatedFileIsReported()
    {
        var png = SmallPng();
        var e = Assert.Throws<DataFormatException>(() => PngDecoder.Decode(png.AsSpan(0, png.Length - 15)));
        Assert.Contains("truncated", e.Message);
    }

    [Fact]
    public void TooLittleImageDataIsReported()
    {
        // A valid zlib stream that inflates to fewer bytes than 4 rows of 8 pixels need.
        var ms = new MemoryStream();
        ms.Write(SmallPng().AsSpan(0, 8));
        var ihdr = new byte[13];
        ihdr[3] = 8;
        ihdr[7] = 4;
        ihdr[8] = 8;
        TestFiles.WriteChunk(ms, "IHDR", ihdr);
        var z = new MemoryStream();
        using (var zs = new System.IO.Compression.ZLibStream(z, System.IO.Compression.CompressionLevel.Optimal, true))
        {
            zs.Write(new byte[9]);
        }
        TestFiles.WriteChunk(ms, "IDAT", z.ToArray());
        TestFiles.WriteChunk(ms, "IEND", []);
        Assert.Contains("truncated image data", Assert.Throws<DataFormatException>(() => PngDecoder.Decode(ms.ToArray())).Message);
    }

    [Fact]
    public void UnknownCriticalChunkIsRejectedButAncillaryIsSkipped()
    {
        var png = SmallPng();
        var ihdrEnd = 8 + 12 + 13;
        byte[] WithChunk(string type)
        {
            var ms = new MemoryStream();
            ms.Write(png.AsSpan(0, ihdrEnd));
            TestFiles.WriteChunk(ms, type, [1, 2, 3]);
            ms.Write(png.AsSpan(ihdrEnd));
            return ms.ToArray();
        }
        Assert.Equal(PngDecoder.Decode(png).Samples, PngDecoder.Decode(WithChunk("tEXt")).Samples);
        Assert.Contains("unsupported critical chunk ABCD", Assert.Throws<DataFormatException>(() => PngDecoder.Decode(WithChunk("ABCD"))).Message);
    }

    [Fact]
    public void PaletteWithoutPlteIsReported()
    {
        var png = TestFiles.EncodePng(4, 4, 3, 8, new int[16]);
        Assert.Contains("PLTE", Assert.Throws<DataFormatException>(() => PngDecoder.Decode(png)).Message);
    }
}
