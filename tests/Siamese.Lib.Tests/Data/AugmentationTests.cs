using Siamese.Lib.Data;

namespace Siamese.Lib.Tests.Data;

public class AugmentationTests
{
    private const int W = 15, H = 11;

    private static float[] Dot(int x, int y)
    {
        var img = new float[W * H];
        img[y * W + x] = 1f;
        return img;
    }

    private static (int X, int Y) Brightest(float[] img)
    {
        var i = Array.IndexOf(img, img.Max());
        return (i % W, i / W);
    }

    private static float[] Warp(float[] img, AffineMatrix forward, float fill = 0)
    {
        var copy = img.ToArray();
        ImageAugmenter.Apply(copy, W, H, new AugmentationParameters(forward, 1, 1), fill);
        return copy;
    }

    [Theory]
    [InlineData(2, -1)]
    [InlineData(-3, 2)]
    public void TranslationMovesADotByTheRightAmount(int dx, int dy)
    {
        var moved = Warp(Dot(6, 5), AffineMatrix.Translation(dx, dy));
        Assert.Equal((6 + dx, 5 + dy), Brightest(moved));
        Assert.Equal(1f, moved.Max(), 5);
        Assert.Equal(1f, moved.Sum(), 5);
    }

    [Fact]
    public void RotationBy90DegreesAboutTheCentreTurnsADotClockwise()
    {
        // Centre (7, 5); a dot 3 px right of it goes 3 px below it (y points down).
        var m = AffineMatrix.Rotation(90).About((W - 1) / 2.0, (H - 1) / 2.0);
        Assert.Equal((7, 8), Brightest(Warp(Dot(10, 5), m)));
    }

    [Fact]
    public void FlipMirrorsAboutTheVerticalAxis()
    {
        var m = AffineMatrix.Scale(-1, 1).About((W - 1) / 2.0, (H - 1) / 2.0);
        Assert.Equal((W - 1 - 2, 4), Brightest(Warp(Dot(2, 4), m)));
    }

    [Fact]
    public void PixelsFromOutsideTakeTheFill()
    {
        var white = Enumerable.Repeat(0.5f, W * H).ToArray();
        var shifted = Warp(white, AffineMatrix.Translation(3, 0), fill: 1f);
        Assert.All(Enumerable.Range(0, H), y => Assert.Equal(1f, shifted[y * W + 0], 5));
        Assert.Equal(0.5f, shifted[5 * W + 3], 5);
    }

    [Fact]
    public void ScaleAboutCentreMovesDotAwayFromCentre()
    {
        var m = AffineMatrix.Scale(2, 2).About((W - 1) / 2.0, (H - 1) / 2.0);
        Assert.Equal((11, 7), Brightest(Warp(Dot(9, 6), m)));
    }

    [Fact]
    public void BrightnessAndContrastFollowTheirFormula()
    {
        var img = new[] { 0.2f, 0.4f, 0.6f, 0.8f };
        ImageAugmenter.Apply(img, 2, 2, new AugmentationParameters(AffineMatrix.Identity, 1.5, 0.5), 0);
        // mean 0.5: ((x - 0.5)·0.5 + 0.5)·1.5
        Assert.Equal(new[] { 0.525f, 0.675f, 0.825f, 0.975f }, img.Select(v => MathF.Round(v, 5)));
    }

    [Fact]
    public void MatrixAlgebraIsConsistent()
    {
        var m = AffineMatrix.Rotation(30).After(AffineMatrix.Shear(0.2, -0.1)).After(AffineMatrix.Scale(1.1, 0.9)).About(3, 4);
        var (x, y) = m.Apply(5, -2);
        var (bx, by) = m.Inverse().Apply(x, y);
        Assert.Equal(5, bx, 10);
        Assert.Equal(-2, by, 10);
        Assert.Equal((3.0, 4.0), m.Apply(3, 4) is var c ? (Math.Round(c.X, 10), Math.Round(c.Y, 10)) : default);
    }

    [Fact]
    public void AffineGridThetaMatchesPyTorchConventions()
    {
        Assert.Equal(new[] { 1f, 0f, 0f, 0f, 1f, 0f }, AffineMatrix.Identity.ToAffineGridTheta(W, H));
        // Moving content right by 3 px samples the input 3 px to the LEFT: normalized −2·3/W.
        var t = AffineMatrix.Translation(3, 0).ToAffineGridTheta(W, H);
        Assert.Equal(-6f / W, t[2], 6);
    }

    public static TheoryData<string> GoldenCases() => ["translate(2,-1)", "rotate(90)", "rotate(-17)", "scale(1.2,0.8)", "shear(0.3,-0.2)"];

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void ThetaAndCpuWarpMatchPyTorchGridSample(string name)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "affine_golden.json")));
        var root = doc.RootElement;
        var c = root.GetProperty("cases").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name);
        double[] Values(System.Text.Json.JsonElement e) => e.EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var f = Values(c.GetProperty("forward"));
        var m = new AffineMatrix(f[0], f[1], f[2], f[3], f[4], f[5]);
        var theta = m.ToAffineGridTheta(W, H);
        var expectedTheta = Values(c.GetProperty("theta"));
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(expectedTheta[i], theta[i], 1e-6);
        }
        // grid_sample with zeros padding = our warp with fill 0; float32 warp vs float64 reference.
        var image = Values(root.GetProperty("image")).Select(v => (float)v).ToArray();
        var warped = Warp(image, m);
        var expected = Values(c.GetProperty("warped"));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], warped[i], 1e-5);
        }
    }

    [Fact]
    public void KochParametersStayInRangeAndEachComponentFiresHalfTheTime()
    {
        var aug = new ImageAugmenter(AugmentationOptions.Koch2015, seed: 5);
        var identity = 0;
        const int N = 4000;
        for (var i = 0; i < N; i++)
        {
            var p = aug.Sample(105, 105);
            if (p.Geometry == AffineMatrix.Identity.About(52, 52))
            {
                identity++;
            }
            // Centre moves by at most the translation range (rotation, shear and scale are about the centre).
            var (cx, cy) = p.Geometry.Apply(52, 52);
            Assert.InRange(Math.Abs(cx - 52), 0, 2 + 1e-9);
            Assert.InRange(Math.Abs(cy - 52), 0, 2 + 1e-9);
            var det = p.Geometry.A * p.Geometry.E - p.Geometry.B * p.Geometry.D;
            // |det| = sx·sy·(1 − ρx·ρy) ∈ [0.64·0.91, 1.44·1.09].
            Assert.InRange(det, 0.64 * 0.91 - 1e-9, 1.44 * 1.09 + 1e-9);
        }
        // All four components off with probability 1/16 = 250 of 4000 (sd ≈ 15).
        Assert.InRange(identity, 190, 310);
    }

    [Fact]
    public void AugmenterIsDeterministicUnderItsSeed()
    {
        var options = new AugmentationOptions { CropPadding = 2, RotationDegrees = 15, Brightness = 0.2, Contrast = 0.2, HorizontalFlipProbability = 0.5 };
        var a = new ImageAugmenter(options, 9);
        var b = new ImageAugmenter(options, 9);
        var img1 = Enumerable.Range(0, W * H).Select(i => (i % 7) / 7f).ToArray();
        var img2 = img1.ToArray();
        a.ApplyBatch(img1, W, H);
        b.ApplyBatch(img2, W, H);
        Assert.Equal(img1, img2);
        Assert.NotEqual(new ImageAugmenter(options, 10).Sample(W, H), new ImageAugmenter(options, 9).Sample(W, H));
    }

    [Fact]
    public void CropPaddingShiftsByWholePixels()
    {
        var aug = new ImageAugmenter(new AugmentationOptions { CropPadding = 3 }, 1);
        for (var i = 0; i < 50; i++)
        {
            var p = aug.Sample(W, H).Geometry;
            Assert.Equal((1.0, 0.0, 0.0, 1.0), (p.A, p.B, p.D, p.E));
            Assert.Equal(Math.Round(p.C), p.C, 10);
            Assert.InRange(p.C, -3, 3);
            Assert.InRange(p.F, -3, 3);
        }
    }
}
