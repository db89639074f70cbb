using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Siamese.Lib.Data;

/// <summary>
/// Checks that bytes are a whole, uncorrupted PNG before TorchVision decodes them: the decoder under
/// <c>torchvision.io</c> (SkiaSharp) turns a truncated file into a partly blank image without a word and throws
/// a bare <see cref="NullReferenceException"/> on a corrupt one (measured), while a learner needs the file named
/// and the fault said. Checks the signature, every chunk's length and CRC, the header (size, colour type, bit
/// depth, interlace), the chunk order, a palette where one is needed, and that the image data inflates to exactly
/// the bytes the header implies. Failures throw <see cref="DataFormatException"/> naming the source.
/// </summary>
public static class PngValidator
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private const int ChunkOverhead = 12;     // length + type + CRC
    private const int HeaderLength = 13;      // IHDR payload

    /// <summary>Validates <paramref name="png"/>; returns its size. <paramref name="source"/> names it in errors.</summary>
    public static (int Width, int Height) Validate(ReadOnlySpan<byte> png, string source = "PNG data")
    {
        if (png.Length < Signature.Length || !png[..Signature.Length].SequenceEqual(Signature))
        {
            throw Error(source, "not a PNG file (bad signature)");
        }
        var pos = Signature.Length;
        int width = 0, height = 0, bitDepth = 0, colorType = -1, interlace = 0;
        byte[]? palette = null;
        using var idat = new MemoryStream();
        var sawHeader = false;
        var sawEnd = false;
        while (!sawEnd)
        {
            if (pos + ChunkOverhead > png.Length)
            {
                throw Error(source, $"truncated: the file ends at byte {png.Length} before the IEND chunk");
            }
            var length = BinaryPrimitives.ReadUInt32BigEndian(png[pos..]);
            if (length > int.MaxValue || pos + ChunkOverhead + (long)length > png.Length)
            {
                throw Error(source, $"truncated: a chunk at byte {pos} declares {length} bytes but the file has {png.Length - pos - ChunkOverhead} left");
            }
            var typeAndData = png.Slice(pos + 4, 4 + (int)length);
            var type = System.Text.Encoding.ASCII.GetString(typeAndData[..4]);
            var data = typeAndData[4..];
            var stored = BinaryPrimitives.ReadUInt32BigEndian(png[(pos + 8 + (int)length)..]);
            var actual = Crc32.HashToUInt32(typeAndData);
            if (stored != actual)
            {
                throw Error(source, $"CRC mismatch in chunk {type} at byte {pos} (stored 0x{stored:X8}, computed 0x{actual:X8}): the file is corrupt");
            }
            pos += ChunkOverhead + (int)length;
            if (!sawHeader && type != "IHDR")
            {
                throw Error(source, $"the first chunk is {type}, not IHDR");
            }
            switch (type)
            {
                case "IHDR":
                    if (data.Length != HeaderLength)
                    {
                        throw Error(source, $"IHDR has {data.Length} bytes instead of {HeaderLength}");
                    }
                    width = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(data), int.MaxValue);
                    height = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(data[4..]), int.MaxValue);
                    bitDepth = data[8];
                    colorType = data[9];
                    if (data[10] != 0 || data[11] != 0)
                    {
                        throw Error(source, $"unsupported compression method {data[10]} or filter method {data[11]} (only 0 is defined)");
                    }
                    interlace = data[12];
                    PngHeader.Check(source, width, height, bitDepth, colorType, interlace);
                    sawHeader = true;
                    break;
                case "PLTE":
                    if (data.Length % 3 != 0 || data.Length == 0)
                    {
                        throw Error(source, $"PLTE length {data.Length} is not a positive multiple of 3");
                    }
                    palette = data.ToArray();
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    sawEnd = true;
                    break;
                default:
                    // Bit 5 of the first letter clear = critical chunk: decoding without it would be wrong.
                    if ((typeAndData[0] & 0x20) == 0)
                    {
                        throw Error(source, $"unsupported critical chunk {type}");
                    }
                    break;
            }
        }
        if (idat.Length == 0)
        {
            throw Error(source, "no IDAT chunk (no image data)");
        }
        if (colorType == 3 && palette is null)
        {
            throw Error(source, "palette image without a PLTE chunk");
        }
        var channels = colorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };
        CheckInflatedLength(source, idat, PngHeader.RawLength(width, height, channels, bitDepth, interlace));
        return (width, height);
    }

    private static void CheckInflatedLength(string source, MemoryStream idat, long expected)
    {
        idat.Position = 0;
        long read = 0;
        var buffer = new byte[1 << 16];
        try
        {
            using var z = new ZLibStream(idat, CompressionMode.Decompress, leaveOpen: true);
            int n;
            while ((n = z.Read(buffer)) > 0)
            {
                read += n;
            }
        }
        catch (InvalidDataException e)
        {
            throw new DataFormatException($"{source}: corrupt PNG image data (zlib: {e.Message})", e);
        }
        if (read < expected)
        {
            throw Error(source, $"truncated image data: {read} bytes inflate out of {expected} expected");
        }
        if (read > expected)
        {
            throw Error(source, $"image data inflates to {read} bytes, more than the {expected} the header implies");
        }
    }

    internal static DataFormatException Error(string source, string message) => new($"{source}: {message}");
}
