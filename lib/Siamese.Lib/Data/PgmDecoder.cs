namespace Siamese.Lib.Data;

/// <summary>
/// Decodes binary PGM (Netpbm "P5"): a header <c>P5 &lt;width&gt; &lt;height&gt; &lt;maxval&gt;</c> (whitespace
/// separated, <c>#</c> comments allowed), one whitespace byte, then width × height samples (one byte each when
/// maxval &lt; 256, else two big-endian bytes). Samples are rescaled to 0–255 when maxval ≠ 255.
/// </summary>
public static class PgmDecoder
{
    private const int MaxValueLimit = 65535;

    /// <summary>Decodes a PGM file into gray bytes.</summary>
    public static (int Width, int Height, byte[] Pixels) Decode(string path) => Decode(File.ReadAllBytes(path), path);

    /// <summary>Decodes PGM bytes; <paramref name="source"/> names them in errors.</summary>
    public static (int Width, int Height, byte[] Pixels) Decode(ReadOnlySpan<byte> data, string source = "PGM data")
    {
        if (data.Length < 2 || data[0] != 'P' || data[1] != '5')
        {
            var magic = data.Length >= 2 ? $"'{(char)data[0]}{(char)data[1]}'" : "none";
            throw new DataFormatException($"{source}: not a binary PGM (magic {magic}, expected 'P5')");
        }
        var pos = 2;
        var width = ReadNumber(data, ref pos, source, "width");
        var height = ReadNumber(data, ref pos, source, "height");
        var maxValue = ReadNumber(data, ref pos, source, "maxval");
        if (width <= 0 || height <= 0 || maxValue <= 0 || maxValue > MaxValueLimit)
        {
            throw new DataFormatException($"{source}: invalid PGM header ({width}x{height}, maxval {maxValue})");
        }
        if (pos >= data.Length || !IsSpace(data[pos]))
        {
            throw new DataFormatException($"{source}: no whitespace after the PGM header");
        }
        pos++;
        var bytesPerSample = maxValue < 256 ? 1 : 2;
        var needed = (long)width * height * bytesPerSample;
        if (data.Length - pos < needed)
        {
            throw new DataFormatException($"{source}: truncated, {data.Length - pos} pixel bytes for {width}x{height} (need {needed})");
        }
        var pixels = new byte[width * height];
        var body = data.Slice(pos, (int)needed);
        if (bytesPerSample == 1 && maxValue == byte.MaxValue)
        {
            body.CopyTo(pixels);
        }
        else
        {
            for (var i = 0; i < pixels.Length; i++)
            {
                var v = bytesPerSample == 1 ? body[i] : (body[2 * i] << 8) | body[2 * i + 1];
                if (v > maxValue)
                {
                    throw new DataFormatException($"{source}: sample {v} at pixel {i} exceeds maxval {maxValue}");
                }
                pixels[i] = (byte)((v * byte.MaxValue + maxValue / 2) / maxValue);
            }
        }
        return (width, height, pixels);
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\v' or (byte)'\f';

    private static int ReadNumber(ReadOnlySpan<byte> data, ref int pos, string source, string what)
    {
        while (pos < data.Length && (IsSpace(data[pos]) || data[pos] == '#'))
        {
            if (data[pos] == '#')
            {
                while (pos < data.Length && data[pos] != '\n')
                {
                    pos++;
                }
            }
            else
            {
                pos++;
            }
        }
        var start = pos;
        long value = 0;
        while (pos < data.Length && data[pos] >= '0' && data[pos] <= '9' && pos - start < 9)
        {
            value = value * 10 + (data[pos] - '0');
            pos++;
        }
        if (pos == start)
        {
            throw new DataFormatException($"{source}: PGM header has no {what}");
        }
        return (int)value;
    }
}
