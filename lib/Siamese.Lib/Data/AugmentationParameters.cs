namespace Siamese.Lib.Data;

/// <summary>
/// One image's drawn augmentation: the forward geometric map (pixel coordinates, centre-based) and the
/// photometric factors (<c>out = clamp(((x − mean)·Contrast + mean)·Brightness, 0, 1)</c>).
/// </summary>
/// <param name="Geometry">Where each source pixel goes.</param>
/// <param name="Brightness">Multiplicative brightness factor (1 = unchanged).</param>
/// <param name="Contrast">Contrast factor about the image mean (1 = unchanged).</param>
public readonly record struct AugmentationParameters(AffineMatrix Geometry, double Brightness, double Contrast)
{
    /// <summary>No change.</summary>
    public static AugmentationParameters None => new(AffineMatrix.Identity, 1, 1);
}
