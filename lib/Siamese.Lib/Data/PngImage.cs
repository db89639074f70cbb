namespace Siamese.Lib.Data;

/// <summary>
/// A decoded PNG: <see cref="Height"/> × <see cref="Width"/> pixels of <see cref="Channels"/> 8-bit samples,
/// row-major and interleaved (1 = gray, 2 = gray + alpha, 3 = RGB, 4 = RGBA; palette images are expanded
/// to RGB). Samples of 1-, 2- and 4-bit grayscale are scaled to 0–255 (a 1-bit 1 becomes 255); 16-bit samples
/// keep their most significant byte, which is what an 8-bit pipeline (and PIL's "L" conversion) sees.
/// </summary>
/// <param name="Width">Pixels per row.</param>
/// <param name="Height">Rows.</param>
/// <param name="Channels">Samples per pixel in <paramref name="Samples"/>.</param>
/// <param name="Samples">Height × Width × Channels bytes.</param>
/// <param name="BitDepth">The file's bit depth (1, 2, 4, 8 or 16).</param>
/// <param name="ColorType">The file's PNG colour type (0, 2, 3, 4 or 6).</param>
public sealed record PngImage(int Width, int Height, int Channels, byte[] Samples, int BitDepth, int ColorType)
{
    /// <summary>
    /// One 8-bit gray value per pixel (Height × Width). Colour is converted with the ITU-R BT.601 luma weights
    /// (0.299, 0.587, 0.114), as PIL's <c>convert("L")</c> does; alpha is dropped.
    /// </summary>
    public byte[] ToGrayscale()
    {
        if (Channels <= 2)
        {
            if (Channels == 1)
            {
                return Samples;
            }
            var gray = new byte[Width * Height];
            for (var i = 0; i < gray.Length; i++)
            {
                gray[i] = Samples[i * 2];
            }
            return gray;
        }
        const int RedWeight = 299, GreenWeight = 587, BlueWeight = 114, WeightSum = 1000;
        var result = new byte[Width * Height];
        for (var i = 0; i < result.Length; i++)
        {
            var p = i * Channels;
            result[i] = (byte)((Samples[p] * RedWeight + Samples[p + 1] * GreenWeight + Samples[p + 2] * BlueWeight + WeightSum / 2) / WeightSum);
        }
        return result;
    }
}
