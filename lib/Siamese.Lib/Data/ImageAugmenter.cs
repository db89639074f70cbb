namespace Siamese.Lib.Data;

/// <summary>
/// Draws augmentation parameters (deterministic under the seed) and applies them to float images in [0, 1]
/// on the CPU: a bilinear warp by the inverse of the drawn affine map (fill outside), then brightness and
/// contrast. The GPU path is the same parameters through <see cref="AffineMatrix.ToAffineGridTheta"/> and
/// <c>affine_grid</c>/<c>grid_sample</c> once the engine has them (TODO(lead): wire the tensor path).
/// </summary>
public sealed class ImageAugmenter
{
    private readonly DataRandom _rng;

    /// <summary>An augmenter with <paramref name="options"/> and <paramref name="seed"/>.</summary>
    public ImageAugmenter(AugmentationOptions options, ulong seed)
    {
        Options = options;
        _rng = new DataRandom(seed);
    }

    /// <summary>The transforms applied.</summary>
    public AugmentationOptions Options { get; }

    /// <summary>Draws the parameters for one <paramref name="width"/> × <paramref name="height"/> image.</summary>
    public AugmentationParameters Sample(int width, int height)
    {
        var o = Options;
        // Built about the origin = image centre, then conjugated.
        var m = AffineMatrix.Identity;
        if (o.KochAffine is { } k)
        {
            if (_rng.Bernoulli(k.Probability))
            {
                m = AffineMatrix.Scale(_rng.Uniform(k.MinScale, k.MaxScale), _rng.Uniform(k.MinScale, k.MaxScale)).After(m);
            }
            if (_rng.Bernoulli(k.Probability))
            {
                m = AffineMatrix.Shear(_rng.Uniform(-k.MaxShear, k.MaxShear), _rng.Uniform(-k.MaxShear, k.MaxShear)).After(m);
            }
            if (_rng.Bernoulli(k.Probability))
            {
                m = AffineMatrix.Rotation(_rng.Uniform(-k.MaxRotationDegrees, k.MaxRotationDegrees)).After(m);
            }
            if (_rng.Bernoulli(k.Probability))
            {
                m = AffineMatrix.Translation(_rng.Uniform(-k.MaxTranslation, k.MaxTranslation), _rng.Uniform(-k.MaxTranslation, k.MaxTranslation)).After(m);
            }
        }
        if (o.RotationDegrees > 0)
        {
            m = AffineMatrix.Rotation(_rng.Uniform(-o.RotationDegrees, o.RotationDegrees)).After(m);
        }
        if (o.HorizontalFlipProbability > 0 && _rng.Bernoulli(o.HorizontalFlipProbability))
        {
            m = AffineMatrix.Scale(-1, 1).After(m);
        }
        if (o.CropPadding > 0)
        {
            m = AffineMatrix.Translation(_rng.Next(-o.CropPadding, o.CropPadding + 1), _rng.Next(-o.CropPadding, o.CropPadding + 1)).After(m);
        }
        var brightness = o.Brightness > 0 ? _rng.Uniform(1 - o.Brightness, 1 + o.Brightness) : 1;
        var contrast = o.Contrast > 0 ? _rng.Uniform(1 - o.Contrast, 1 + o.Contrast) : 1;
        return new AugmentationParameters(m.About((width - 1) / 2.0, (height - 1) / 2.0), brightness, contrast);
    }

    /// <summary>Draws parameters and augments <paramref name="image"/> (H × W floats in [0, 1]) in place.</summary>
    public void Apply(Span<float> image, int width, int height) =>
        Apply(image, width, height, Sample(width, height), Options.Fill);

    /// <summary>Augments every image of a (batch × H × W) buffer in place, each with its own draw.</summary>
    public void ApplyBatch(float[] images, int width, int height)
    {
        var size = width * height;
        for (var start = 0; start + size <= images.Length; start += size)
        {
            Apply(images.AsSpan(start, size), width, height);
        }
    }

    /// <summary>Applies given <paramref name="p"/> to <paramref name="image"/> in place (bilinear, <paramref name="fill"/> outside).</summary>
    public static void Apply(Span<float> image, int width, int height, AugmentationParameters p, float fill)
    {
        if (p.Geometry != AffineMatrix.Identity)
        {
            var source = image.ToArray();
            var inv = p.Geometry.Inverse();
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    var (sx, sy) = inv.Apply(x, y);
                    image[y * width + x] = Bilinear(source, width, height, sx, sy, fill);
                }
            }
        }
        if (p.Brightness != 1 || p.Contrast != 1)
        {
            double sum = 0;
            foreach (var v in image)
            {
                sum += v;
            }
            var mean = sum / image.Length;
            for (var i = 0; i < image.Length; i++)
            {
                image[i] = (float)Math.Clamp(((image[i] - mean) * p.Contrast + mean) * p.Brightness, 0, 1);
            }
        }
    }

    private static float Bilinear(float[] src, int width, int height, double x, double y, float fill)
    {
        var x0 = (int)Math.Floor(x);
        var y0 = (int)Math.Floor(y);
        var fx = x - x0;
        var fy = y - y0;
        double At(int xi, int yi) => xi < 0 || yi < 0 || xi >= width || yi >= height ? fill : src[yi * width + xi];
        var top = At(x0, y0) * (1 - fx) + At(x0 + 1, y0) * fx;
        var bottom = At(x0, y0 + 1) * (1 - fx) + At(x0 + 1, y0 + 1) * fx;
        return (float)(top * (1 - fy) + bottom * fy);
    }
}
