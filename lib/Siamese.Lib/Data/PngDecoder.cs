using System.Buffers.Binary;
using System.IO.Compression;
using Siamese.Display.Imaging;

namespace Siamese.Lib.Data;

/// <summary>
/// A small PNG decoder (the Omniglot images are PNG and .NET has none on Linux). Supports every standard
/// combination of colour type and bit depth (grayscale 1/2/4/8/16, RGB 8/16, palette 1/2/4/8, gray + alpha
/// 8/16, RGBA 8/16), the five scanline filters and Adam7 interlacing. Every chunk's CRC is checked.
/// Ancillary chunks (tRNS, gAMA, tIME, text...) are skipped, so transparency keys are not applied.
/// Anything else (bad signature, CRC, unknown critical chunk, unsupported depth, truncated data) throws
/// <see cref="DataFormatException"/> naming the source.
/// </summary>
public static class PngDecoder
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private const int ChunkOverhead = 12;     // length + type + CRC
    private const int HeaderLength = 13;      // IHDR payload
    private const int MaxDimension = 1 << 24; // guards the allocation against a corrupt header

    // Adam7 passes: (x start, y start, x step, y step).
    private static readonly (int X0, int Y0, int Dx, int Dy)[] Adam7 =
        [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];

    /// <summary>Decodes a PNG file.</summary>
    public static PngImage Decode(string path) => Decode(File.ReadAllBytes(path), path);

    /// <summary>Decodes the PNG bytes <paramref name="png"/>; <paramref name="source"/> names it in errors.</summary>
    public static PngImage Decode(ReadOnlySpan<byte> png, string source = "PNG data")
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
            var actual = Crc32.Compute(typeAndData);
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
                    Validate(source, width, height, bitDepth, colorType, interlace);
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
        var channelsInFile = colorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };
        var raw = Inflate(source, idat, ExpectedRawLength(width, height, channelsInFile, bitDepth, interlace));
        var outChannels = colorType == 3 ? 3 : channelsInFile;
        var samples = new byte[checked(width * height * outChannels)];
        if (interlace == 0)
        {
            Unfilter(source, raw, 0, width, height, channelsInFile, bitDepth);
            Expand(raw, 0, width, height, channelsInFile, bitDepth, colorType, palette, samples, 0, 0, 1, 1, width, source);
        }
        else
        {
            var offset = 0;
            foreach (var (x0, y0, dx, dy) in Adam7)
            {
                var pw = (width - x0 + dx - 1) / dx;
                var ph = (height - y0 + dy - 1) / dy;
                if (pw <= 0 || ph <= 0)
                {
                    continue;
                }
                Unfilter(source, raw, offset, pw, ph, channelsInFile, bitDepth);
                Expand(raw, offset, pw, ph, channelsInFile, bitDepth, colorType, palette, samples, x0, y0, dx, dy, width, source);
                offset += ph * (1 + Stride(pw, channelsInFile, bitDepth));
            }
        }
        return new PngImage(width, height, outChannels, samples, bitDepth, colorType);
    }

    private static void Validate(string source, int width, int height, int bitDepth, int colorType, int interlace)
    {
        if (width <= 0 || height <= 0 || width > MaxDimension || height > MaxDimension)
        {
            throw Error(source, $"invalid size {width}x{height}");
        }
        int[] allowed = colorType switch
        {
            0 => [1, 2, 4, 8, 16],
            2 or 4 or 6 => [8, 16],
            3 => [1, 2, 4, 8],
            _ => throw Error(source, $"unsupported colour type {colorType} (PNG defines 0, 2, 3, 4 and 6)"),
        };
        if (!allowed.Contains(bitDepth))
        {
            throw Error(source, $"unsupported bit depth {bitDepth} for colour type {colorType} (allowed: {string.Join(", ", allowed)})");
        }
        if (interlace > 1)
        {
            throw Error(source, $"unsupported interlace method {interlace} (0 = none, 1 = Adam7)");
        }
    }

    private static int Stride(int width, int channels, int bitDepth) => (int)(((long)width * channels * bitDepth + 7) / 8);

    private static long ExpectedRawLength(int width, int height, int channels, int bitDepth, int interlace)
    {
        if (interlace == 0)
        {
            return (long)height * (1 + Stride(width, channels, bitDepth));
        }
        long total = 0;
        foreach (var (x0, y0, dx, dy) in Adam7)
        {
            var pw = (width - x0 + dx - 1) / dx;
            var ph = (height - y0 + dy - 1) / dy;
            if (pw > 0 && ph > 0)
            {
                total += (long)ph * (1 + Stride(pw, channels, bitDepth));
            }
        }
        return total;
    }

    private static byte[] Inflate(string source, MemoryStream idat, long expected)
    {
        if (expected > Array.MaxLength)
        {
            throw Error(source, $"image data of {expected} bytes is too large");
        }
        var raw = new byte[expected];
        idat.Position = 0;
        int read;
        try
        {
            using var z = new ZLibStream(idat, CompressionMode.Decompress, leaveOpen: true);
            read = 0;
            while (read < raw.Length)
            {
                var n = z.Read(raw, read, raw.Length - read);
                if (n == 0)
                {
                    break;
                }
                read += n;
            }
        }
        catch (InvalidDataException e)
        {
            throw new DataFormatException($"{source}: corrupt PNG image data (zlib: {e.Message})", e);
        }
        if (read < raw.Length)
        {
            throw Error(source, $"truncated image data: {read} bytes inflate out of {raw.Length} expected");
        }
        return raw;
    }

    /// <summary>Reverses the per-scanline filters in place (each row: one filter byte, then the stride).</summary>
    private static void Unfilter(string source, byte[] raw, int offset, int width, int height, int channels, int bitDepth)
    {
        var stride = Stride(width, channels, bitDepth);
        // Filters work on bytes: "left" is the byte of the previous whole pixel (at least one byte back).
        var bpp = Math.Max(1, channels * bitDepth / 8);
        for (var y = 0; y < height; y++)
        {
            var rowStart = offset + y * (stride + 1);
            var filter = raw[rowStart];
            var row = raw.AsSpan(rowStart + 1, stride);
            var prior = y == 0 ? Span<byte>.Empty : raw.AsSpan(rowStart - stride, stride);
            switch (filter)
            {
                case 0:
                    break;
                case 1:
                    for (var i = bpp; i < stride; i++)
                    {
                        row[i] += row[i - bpp];
                    }
                    break;
                case 2:
                    if (!prior.IsEmpty)
                    {
                        for (var i = 0; i < stride; i++)
                        {
                            row[i] += prior[i];
                        }
                    }
                    break;
                case 3:
                    for (var i = 0; i < stride; i++)
                    {
                        var left = i >= bpp ? row[i - bpp] : 0;
                        var up = prior.IsEmpty ? 0 : prior[i];
                        row[i] += (byte)((left + up) >> 1);
                    }
                    break;
                case 4:
                    for (var i = 0; i < stride; i++)
                    {
                        int a = i >= bpp ? row[i - bpp] : 0;
                        int b = prior.IsEmpty ? 0 : prior[i];
                        int c = i >= bpp && !prior.IsEmpty ? prior[i - bpp] : 0;
                        row[i] += (byte)Paeth(a, b, c);
                    }
                    break;
                default:
                    throw Error(source, $"unknown filter type {filter} on row {y}");
            }
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    /// <summary>
    /// Turns unfiltered rows of a (sub-)image into 8-bit samples and writes pixel (x, y) of it to pixel
    /// (x0 + x·dx, y0 + y·dy) of the output (the identity placement when not interlaced).
    /// </summary>
    private static void Expand(byte[] raw, int offset, int width, int height, int channels, int bitDepth, int colorType,
        byte[]? palette, byte[] output, int x0, int y0, int dx, int dy, int fullWidth, string source)
    {
        var stride = Stride(width, channels, bitDepth);
        var outChannels = colorType == 3 ? 3 : channels;
        var maxValue = (1 << bitDepth) - 1;
        for (var y = 0; y < height; y++)
        {
            var row = raw.AsSpan(offset + y * (stride + 1) + 1, stride);
            var outRow = (y0 + y * dy) * fullWidth;
            for (var x = 0; x < width; x++)
            {
                var outPixel = (outRow + x0 + x * dx) * outChannels;
                if (bitDepth < 8)
                {
                    var bitIndex = x * bitDepth;
                    var value = (row[bitIndex >> 3] >> (8 - bitDepth - (bitIndex & 7))) & maxValue;
                    if (colorType == 3)
                    {
                        WritePaletteEntry(palette!, value, output, outPixel, source);
                    }
                    else
                    {
                        output[outPixel] = (byte)(value * byte.MaxValue / maxValue);
                    }
                }
                else if (bitDepth == 8)
                {
                    if (colorType == 3)
                    {
                        WritePaletteEntry(palette!, row[x], output, outPixel, source);
                    }
                    else
                    {
                        row.Slice(x * channels, channels).CopyTo(output.AsSpan(outPixel, channels));
                    }
                }
                else
                {
                    for (var c = 0; c < channels; c++)
                    {
                        output[outPixel + c] = row[(x * channels + c) * 2];
                    }
                }
            }
        }
    }

    private static void WritePaletteEntry(byte[] palette, int index, byte[] output, int outPixel, string source)
    {
        if (index * 3 + 2 >= palette.Length)
        {
            throw Error(source, $"palette index {index} outside a palette of {palette.Length / 3} entries");
        }
        output[outPixel] = palette[index * 3];
        output[outPixel + 1] = palette[index * 3 + 1];
        output[outPixel + 2] = palette[index * 3 + 2];
    }

    private static DataFormatException Error(string source, string problem) => new($"{source}: {problem}");
}
