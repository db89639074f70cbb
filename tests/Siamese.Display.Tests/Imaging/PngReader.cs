using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Siamese.Display.Imaging;

namespace Siamese.Display.Tests.Imaging;

/// <summary>A minimal PNG reader for the tests: chunks with their stored CRCs, and the unfiltered pixels.</summary>
internal static class PngReader
{
    public static List<PngChunk> Chunks(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(PngEncoder.Signature));
        var chunks = new List<PngChunk>();
        for (var offset = 8; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length).ToArray();
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length));
            chunks.Add(new PngChunk(type, data, crc));
            offset += 12 + length;
        }
        return chunks;
    }

    /// <summary>Pixels of an image whose rows all use filter 0 (what the encoder writes).</summary>
    public static byte[] Pixels(byte[] png, int width, int height, int channels)
    {
        var idat = Chunks(png).Where(c => c.Type == "IDAT").SelectMany(c => c.Data).ToArray();
        using var zlib = new ZLibStream(new MemoryStream(idat), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var bytes = raw.ToArray();
        var stride = width * channels;
        Assert.Equal(height * (stride + 1), bytes.Length);
        var pixels = new byte[height * stride];
        for (var row = 0; row < height; row++)
        {
            Assert.Equal(0, bytes[row * (stride + 1)]);
            Array.Copy(bytes, row * (stride + 1) + 1, pixels, row * stride, stride);
        }
        return pixels;
    }
}
