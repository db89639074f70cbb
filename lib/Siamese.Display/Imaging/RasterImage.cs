namespace Siamese.Display.Imaging;

/// <summary>
/// An 8-bit image in memory, grayscale (1 channel) or RGB (3 channels, interleaved), rows top to bottom;
/// shown as PNG (image/png) and usable in <see cref="Charts.Chart.ImagePairs"/>.
/// </summary>
public sealed class RasterImage : IDisplayable
{
    private readonly byte[] pixels;

    /// <summary>Wraps pixel bytes (copied).</summary>
    /// <param name="pixels">Width * height * channels bytes.</param>
    /// <param name="width">Pixels per row.</param>
    /// <param name="height">Rows.</param>
    /// <param name="channels">1 (gray) or 3 (RGB).</param>
    public RasterImage(ReadOnlySpan<byte> pixels, int width, int height, int channels = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (channels is not (1 or 3))
        {
            throw new ArgumentOutOfRangeException(nameof(channels), channels, "1 (gray) or 3 (RGB)");
        }
        if (pixels.Length != width * height * channels)
        {
            throw new ArgumentException($"expected {width * height * channels} bytes, got {pixels.Length}", nameof(pixels));
        }
        this.pixels = pixels.ToArray();
        Width = width;
        Height = height;
        Channels = channels;
    }

    /// <summary>Pixels per row.</summary>
    public int Width { get; }

    /// <summary>Rows.</summary>
    public int Height { get; }

    /// <summary>1 (gray) or 3 (RGB).</summary>
    public int Channels { get; }

    /// <summary>The pixel bytes, row-major, channels interleaved.</summary>
    public ReadOnlySpan<byte> Pixels => pixels;

    /// <summary>
    /// An image from floating-point values (e.g. a tensor's data, shape [height, width] or [height, width, 3]),
    /// mapped linearly from [<paramref name="min"/>, <paramref name="max"/>] to [0, 255] and clamped. With
    /// null bounds the values' own range is used (a constant image becomes black).
    /// </summary>
    /// <param name="values">Height * width * channels values, row-major.</param>
    /// <param name="width">Pixels per row.</param>
    /// <param name="height">Rows.</param>
    /// <param name="channels">1 or 3.</param>
    /// <param name="min">The value shown black; null for the minimum.</param>
    /// <param name="max">The value shown white; null for the maximum.</param>
    public static RasterImage FromValues(ReadOnlySpan<float> values, int width, int height, int channels = 1, float? min = null, float? max = null)
    {
        var lo = min ?? (values.IsEmpty ? 0 : Min(values));
        var hi = max ?? (values.IsEmpty ? 1 : Max(values));
        var scale = hi > lo ? byte.MaxValue / (hi - lo) : 0f;
        var bytes = new byte[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var v = float.IsNaN(values[i]) ? 0 : (values[i] - lo) * scale;
            bytes[i] = (byte)Math.Clamp(MathF.Round(v), 0, byte.MaxValue);
        }
        return new RasterImage(bytes, width, height, channels);
    }

    /// <summary>The image as PNG bytes.</summary>
    public byte[] ToPng() => PngEncoder.Encode(pixels, Width, Height, Channels);

    /// <summary>The image as a <c>data:image/png;base64,...</c> URI.</summary>
    public string ToDataUri() => PngEncoder.ToDataUri(ToPng());

    /// <inheritdoc />
    public MimeBundle ToMimeBundle(FormatContext context) => new MimeBundle()
        .Set(MimeTypes.Png, Convert.ToBase64String(ToPng()))
        .Set(MimeTypes.PlainText, ToString());

    /// <inheritdoc />
    public override string ToString() => $"RasterImage {Width}x{Height}x{Channels}";

    private static float Min(ReadOnlySpan<float> values)
    {
        var m = float.PositiveInfinity;
        foreach (var v in values)
        {
            m = float.IsNaN(v) ? m : MathF.Min(m, v);
        }
        return float.IsPositiveInfinity(m) ? 0 : m;
    }

    private static float Max(ReadOnlySpan<float> values)
    {
        var m = float.NegativeInfinity;
        foreach (var v in values)
        {
            m = float.IsNaN(v) ? m : MathF.Max(m, v);
        }
        return float.IsNegativeInfinity(m) ? 1 : m;
    }
}
