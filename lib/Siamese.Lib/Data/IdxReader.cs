using System.Buffers.Binary;
using System.IO.Compression;

namespace Siamese.Lib.Data;

/// <summary>
/// Reads IDX files (LeCun's MNIST format), optionally gzip-compressed (detected by the gzip magic 1F 8B).
/// Header: two zero bytes, a type code (0x08 = unsigned byte, the only one MNIST uses and the only one read
/// here), the number of dimensions, then each dimension as a big-endian int32. The file must hold exactly the
/// declared number of bytes: a truncated or over-long file throws <see cref="DataFormatException"/>.
/// </summary>
public static class IdxReader
{
    /// <summary>The IDX type code of unsigned bytes.</summary>
    public const byte UnsignedByteType = 0x08;

    /// <summary>IDX magic of a label file (unsigned byte, 1 dimension): 2049.</summary>
    public const int LabelMagic = 0x00000801;

    /// <summary>IDX magic of an image file (unsigned byte, 3 dimensions): 2051.</summary>
    public const int ImageMagic = 0x00000803;

    private const byte GzipMagic1 = 0x1F, GzipMagic2 = 0x8B;

    /// <summary>
    /// Reads <paramref name="path"/>; the magic number must be <paramref name="expectedMagic"/> (e.g.
    /// <see cref="ImageMagic"/>). Returns the dimensions and the data (product of dimensions bytes).
    /// </summary>
    public static (int[] Dimensions, byte[] Data) Read(string path, int expectedMagic)
    {
        using var file = File.OpenRead(path);
        Span<byte> probe = stackalloc byte[2];
        var gz = file.Read(probe) == 2 && probe[0] == GzipMagic1 && probe[1] == GzipMagic2;
        file.Position = 0;
        try
        {
            using Stream s = gz ? new GZipStream(file, CompressionMode.Decompress) : file;
            return Read(s, expectedMagic, path);
        }
        catch (InvalidDataException e)
        {
            throw new DataFormatException($"{path}: corrupt gzip stream ({e.Message}); delete the file and fetch it again", e);
        }
    }

    /// <summary>Reads an uncompressed IDX stream (see <see cref="Read(string, int)"/>).</summary>
    public static (int[] Dimensions, byte[] Data) Read(Stream stream, int expectedMagic, string source)
    {
        Span<byte> header = stackalloc byte[4];
        ReadExactly(stream, header, source, "the magic number");
        var magic = BinaryPrimitives.ReadInt32BigEndian(header);
        if (magic != expectedMagic)
        {
            throw new DataFormatException($"{source}: IDX magic number {magic} (0x{magic:X8}), expected {expectedMagic} (0x{expectedMagic:X8}); " +
                                          "wrong file (images vs labels?) or not an IDX file");
        }
        if (header[2] != UnsignedByteType)
        {
            throw new DataFormatException($"{source}: IDX element type 0x{header[2]:X2} is not supported (only 0x08, unsigned byte)");
        }
        var dims = new int[header[3]];
        long total = 1;
        for (var d = 0; d < dims.Length; d++)
        {
            ReadExactly(stream, header, source, $"dimension {d}");
            dims[d] = BinaryPrimitives.ReadInt32BigEndian(header);
            if (dims[d] < 0)
            {
                throw new DataFormatException($"{source}: negative IDX dimension {dims[d]}");
            }
            total *= dims[d];
        }
        if (total > Array.MaxLength)
        {
            throw new DataFormatException($"{source}: IDX data of {total} bytes is too large");
        }
        var data = new byte[total];
        ReadExactly(stream, data, source, $"the data ({string.Join("x", dims)} = {total} bytes)");
        if (stream.ReadByte() != -1)
        {
            throw new DataFormatException($"{source}: more bytes than the header's {string.Join("x", dims)} declares");
        }
        return (dims, data);
    }

    private static void ReadExactly(Stream stream, Span<byte> buffer, string source, string what)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer[read..]);
            if (n == 0)
            {
                throw new DataFormatException($"{source}: truncated, the file ends after {read} of {buffer.Length} bytes of {what}");
            }
            read += n;
        }
    }
}
