using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;
using Siamese.Display.Imaging;

namespace Siamese.Display.Tests.Imaging;

public class PngEncoderTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(7, 3, 1)]
    [InlineData(5, 4, 3)]
    [InlineData(105, 105, 1)]
    public void RoundTripsPixelsWithHeaderAndValidCrcs(int width, int height, int channels)
    {
        var pixels = Enumerable.Range(0, width * height * channels).Select(i => (byte)(i * 37 % 256)).ToArray();
        var png = PngEncoder.Encode(pixels, width, height, channels);

        var chunks = PngReader.Chunks(png);
        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(c => c.Type));
        foreach (var chunk in chunks)
        {
            Assert.Equal(Crc32.Compute([.. Encoding.ASCII.GetBytes(chunk.Type), .. chunk.Data]), chunk.StoredCrc);
        }
        var header = chunks[0].Data;
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(header));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4)));
        Assert.Equal(new byte[] { 8, (byte)(channels == 1 ? 0 : 2), 0, 0, 0 }, header[8..]);
        Assert.Equal(0xAE426082u, chunks[2].StoredCrc);
        Assert.Equal(pixels, PngReader.Pixels(png, width, height, channels));
    }

    [Fact]
    public void PillowDecodesTheSamePixels()
    {
        const string python = "/usr/bin/python3";
        var probe = Process.Start(new ProcessStartInfo(python, ["-c", "import PIL"]) { RedirectStandardError = true })!;
        probe.WaitForExit();
        Assert.True(probe.ExitCode == 0, "Debian's python3-pil is needed to cross-check the PNG encoder");

        var pixels = new byte[] { 0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170 };
        var path = Path.Combine(Path.GetTempPath(), $"siamese-png-{Guid.NewGuid():N}.png");
        File.WriteAllBytes(path, PngEncoder.Encode(pixels, 3, 2, 3));
        try
        {
            var start = new ProcessStartInfo(python,
                ["-c", "import sys; from PIL import Image; im = Image.open(sys.argv[1]); im.load(); " +
                       "print(im.mode, im.size[0], im.size[1], ' '.join(str(v) for p in im.getdata() for v in p))", path])
            { RedirectStandardOutput = true };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            Assert.Equal("RGB 3 2 " + string.Join(' ', pixels), output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RejectsWrongSizesAndChannelCounts()
    {
        Assert.Throws<ArgumentException>(() => PngEncoder.Encode(new byte[5], 2, 2, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PngEncoder.Encode(new byte[8], 2, 2, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => PngEncoder.Encode([], 0, 1, 1));
    }

    [Fact]
    public void DataUriIsBase64Png()
    {
        var png = PngEncoder.Encode(new byte[] { 255 }, 1, 1, 1);
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(png), PngEncoder.ToDataUri(png));
    }
}
