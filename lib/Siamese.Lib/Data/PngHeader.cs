namespace Siamese.Lib.Data;

/// <summary>The rules a PNG header (IHDR) must follow, and the size of image data it implies (for <see cref="PngValidator"/>).</summary>
internal static class PngHeader
{
    private const int MaxDimension = 1 << 24; // guards the allocation against a corrupt header

    // Adam7 passes: (x start, y start, x step, y step).
    private static readonly (int X0, int Y0, int Dx, int Dy)[] Adam7 =
        [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];

    /// <summary>Throws unless the IHDR fields describe an image PNG defines (size, colour type, depth, interlace).</summary>
    public static void Check(string source, int width, int height, int bitDepth, int colorType, int interlace)
    {
        if (width <= 0 || height <= 0 || width > MaxDimension || height > MaxDimension)
        {
            throw PngValidator.Error(source, $"invalid size {width}x{height}");
        }
        int[] allowed = colorType switch
        {
            0 => [1, 2, 4, 8, 16],
            2 or 4 or 6 => [8, 16],
            3 => [1, 2, 4, 8],
            _ => throw PngValidator.Error(source, $"unsupported colour type {colorType} (PNG defines 0, 2, 3, 4 and 6)"),
        };
        if (!allowed.Contains(bitDepth))
        {
            throw PngValidator.Error(source, $"unsupported bit depth {bitDepth} for colour type {colorType} (allowed: {string.Join(", ", allowed)})");
        }
        if (interlace > 1)
        {
            throw PngValidator.Error(source, $"unsupported interlace method {interlace} (0 = none, 1 = Adam7)");
        }
    }

    private static int Stride(int width, int channels, int bitDepth) => (int)(((long)width * channels * bitDepth + 7) / 8);

    /// <summary>Bytes the image data must inflate to: each scanline of each pass, plus its filter byte.</summary>
    public static long RawLength(int width, int height, int channels, int bitDepth, int interlace)
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
}
