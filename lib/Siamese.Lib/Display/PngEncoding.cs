using System.Runtime.InteropServices;
using SkiaSharp;
using Siamese.Lib.Data;

namespace Siamese.Lib.Display;

/// <summary>
/// Gray images as PNG through SkiaSharp (the codec TorchVision's image reader uses, <see cref="PngReader"/>), as
/// bytes or as a <c>data:</c> URI for HTML outputs. The encoding is lossless: decoding gives the same pixels.
/// </summary>
public static class PngEncoding
{
    private const int Quality = 100;

    /// <summary>The image as 8-bit gray PNG bytes.</summary>
    /// <param name="image">The image.</param>
    public static byte[] Encode(GrayImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Pixels.Length != image.Width * image.Height)
        {
            throw new ArgumentException($"a {image.Width}x{image.Height} image needs {image.Width * image.Height} pixels, not {image.Pixels.Length}.", nameof(image));
        }
        // SkiaSharp's native library is resolved by the runtime set-up (notebooks load Siamese.Lib by path).
        Runtime.TorchRuntime.Initialize();
        using var bitmap = new SKBitmap(new SKImageInfo(image.Width, image.Height, SKColorType.Gray8, SKAlphaType.Opaque));
        var target = bitmap.GetPixels();
        for (var y = 0; y < image.Height; y++)
        {
            Marshal.Copy(image.Pixels, y * image.Width, target + y * bitmap.RowBytes, image.Width);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, Quality)
            ?? throw new InvalidOperationException("SkiaSharp could not encode the image as PNG.");
        return data.ToArray();
    }

    /// <summary>The image as a <c>data:image/png;base64,…</c> URI.</summary>
    /// <param name="image">The image.</param>
    public static string ToDataUri(GrayImage image) => "data:image/png;base64," + Convert.ToBase64String(Encode(image));
}
