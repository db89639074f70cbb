namespace Siamese.Lib.Data;

/// <summary>
/// Which random transforms <see cref="ImageAugmenter"/> applies to each image, independently (the two images
/// of a pair get independent draws). Geometric transforms are combined into one affine warp about the image
/// centre; areas moved in from outside take <see cref="Fill"/>.
/// </summary>
public sealed record AugmentationOptions
{
    /// <summary>Random crop with padding: a shift by a whole number of pixels in [−n, n] per axis (0 = off), as "pad n, crop back" does.</summary>
    public int CropPadding { get; init; }

    /// <summary>Uniform rotation in [−d, d] degrees (0 = off).</summary>
    public double RotationDegrees { get; init; }

    /// <summary>Koch et al.'s affine distortion (their §3.3), or null for none.</summary>
    public KochAffineOptions? KochAffine { get; init; }

    /// <summary>Brightness jitter: multiply by a factor in [1 − b, 1 + b] (0 = off).</summary>
    public double Brightness { get; init; }

    /// <summary>Contrast jitter: scale the deviation from the image mean by a factor in [1 − c, 1 + c] (0 = off).</summary>
    public double Contrast { get; init; }

    /// <summary>Probability of a horizontal flip (0 = off; wrong for characters and digits, fine for faces).</summary>
    public double HorizontalFlipProbability { get; init; }

    /// <summary>Value for pixels that come from outside the image (1 = white paper for Omniglot in [0, 1]; 0 for MNIST).</summary>
    public float Fill { get; init; }

    /// <summary>Koch et al.'s augmentation for Omniglot (white background).</summary>
    public static AugmentationOptions Koch2015 => new() { KochAffine = new KochAffineOptions(), Fill = 1f };
}

/// <summary>
/// Koch, Zemel &amp; Salakhutdinov (2015) affine distortions: rotation θ ∈ [−10°, 10°], shear ρx, ρy ∈
/// [−0.3, 0.3], scale sx, sy ∈ [0.8, 1.2], translation tx, ty ∈ [−2, 2] pixels, each of the four components
/// included independently with probability <see cref="Probability"/> (0.5 in the paper).
/// </summary>
/// <param name="MaxRotationDegrees">Rotation range half-width.</param>
/// <param name="MaxShear">Shear range half-width.</param>
/// <param name="MinScale">Smallest scale.</param>
/// <param name="MaxScale">Largest scale.</param>
/// <param name="MaxTranslation">Translation range half-width in pixels.</param>
/// <param name="Probability">Probability that each component is applied.</param>
public sealed record KochAffineOptions(double MaxRotationDegrees = 10, double MaxShear = 0.3, double MinScale = 0.8,
    double MaxScale = 1.2, double MaxTranslation = 2, double Probability = 0.5);
