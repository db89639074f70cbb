using Siamese.Lib.Data;

namespace Siamese.Lib.Tests.Data;

public class PngValidatorTests
{
    private static byte[] SmallPng() => TestFiles.OneBitPng(8, 4, (x, y) => (x + y) % 2);

    [Fact]
    public void BadCrcIsReported()
    {
        var png = SmallPng();
        png[^20] ^= 0x01; // a byte inside the IDAT payload
        var e = Assert.Throws<DataFormatException>(() => PngValidator.Validate(png, "fixture.png"));
        Assert.Contains("CRC mismatch", e.Message);
        Assert.Contains("fixture.png", e.Message);
    }

    [Fact]
    public void BadSignatureIsReported()
    {
        var png = SmallPng();
        png[1] = (byte)'X';
        Assert.Contains("bad signature", Assert.Throws<DataFormatException>(() => PngValidator.Validate(png)).Message);
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
        Assert.Contains(message, Assert.Throws<DataFormatException>(() => PngValidator.Validate(ms.ToArray())).Message);
    }

    [Fact]
    public void TruncatedFileIsReported()
    {
        var png = SmallPng();
        var e = Assert.Throws<DataFormatException>(() => PngValidator.Validate(png.AsSpan(0, png.Length - 15)));
        Assert.Contains("truncated", e.Message);
    }

    [Fact]
    public void ValidFileGivesItsSize() => Assert.Equal((8, 4), PngValidator.Validate(SmallPng()));

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
        Assert.Contains("truncated image data", Assert.Throws<DataFormatException>(() => PngValidator.Validate(ms.ToArray())).Message);
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
        Assert.Equal(PngValidator.Validate(png), PngValidator.Validate(WithChunk("tEXt")));
        Assert.Contains("unsupported critical chunk ABCD", Assert.Throws<DataFormatException>(() => PngValidator.Validate(WithChunk("ABCD"))).Message);
    }

    [Fact]
    public void PaletteWithoutPlteIsReported()
    {
        var png = TestFiles.EncodePng(4, 4, 3, 8, new int[16]);
        Assert.Contains("PLTE", Assert.Throws<DataFormatException>(() => PngValidator.Validate(png)).Message);
    }
}
