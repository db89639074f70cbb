using static Siamese.Torch.torch;
using F = Siamese.Torch.torch.nn.functional;

namespace Siamese.Torch.Tests;

public class NnFunctionalVisionTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AffineGridMatchesPyTorch(bool alignCorners) =>
        NnGolden.Run($"affine_grid_ac{(alignCorners ? 1 : 0)}", t => F.affine_grid(t["theta"], [2, 3, 5, 4], alignCorners), inputs: "theta");

    public static TheoryData<GridSampleMode, GridSamplePaddingMode, bool> GridSampleCases()
    {
        var data = new TheoryData<GridSampleMode, GridSamplePaddingMode, bool>();
        foreach (var mode in Enum.GetValues<GridSampleMode>())
        {
            foreach (var padding in Enum.GetValues<GridSamplePaddingMode>())
            {
                data.Add(mode, padding, false);
                data.Add(mode, padding, true);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(GridSampleCases))]
    public void GridSampleMatchesPyTorch(GridSampleMode mode, GridSamplePaddingMode padding, bool alignCorners)
    {
        var name = $"grid_sample_{mode.ToString().ToLowerInvariant()}_{padding.ToString().ToLowerInvariant()}_ac{(alignCorners ? 1 : 0)}";
        NnGolden.Run(name, t => F.grid_sample(t["input"], t["grid"], mode, padding, alignCorners), inputs: ["input", "grid"]);
    }

    [Fact]
    public void IdentityAffineGridSamplesTheImageBack()
    {
        using var scope = NewDisposeScope();
        var image = rand(1, 2, 6, 7);
        var identity = tensor(new float[] { 1, 0, 0, 0, 1, 0 }, [1, 2, 3]);
        var grid = F.affine_grid(identity, [1, 2, 6, 7], align_corners: false);
        Assert.Equal(new long[] { 1, 6, 7, 2 }, grid.shape);
        var back = F.grid_sample(image, grid, align_corners: false);
        NnGolden.AssertClose(image, back, "identity warp", 1e-6, 1e-6);
    }

    [Fact]
    public void BadThetaShapeThrowsAndProcessContinues()
    {
        using var scope = NewDisposeScope();
        var ex = Assert.Throws<TorchException>(() => F.affine_grid(zeros(1, 3, 3), [1, 1, 4, 4]));
        Assert.Contains("Nx2x3", ex.Message);
        var grid = zeros(1, 2, 2, 2);
        Assert.Throws<TorchException>(() => F.grid_sample(zeros(1, 1, 4), grid));
        Assert.Equal(new long[] { 1, 1, 2, 2 }, F.grid_sample(zeros(1, 1, 4, 4), grid).shape);
    }

    [Fact]
    public void PadModesMatchPyTorch()
    {
        NnGolden.Run("pad_constant", t => F.pad(t["x"], [1, 2, 0, 1], PaddingModes.Constant, 0.5), inputs: "x");
        NnGolden.Run("pad_reflect", t => F.pad(t["x"], [2, 1, 1, 2], PaddingModes.Reflect), inputs: "x");
        NnGolden.Run("pad_replicate", t => F.pad(t["x"], [1, 3, 2, 0], PaddingModes.Replicate), inputs: "x");
    }

    [Fact]
    public void InterpolateMatchesPyTorch()
    {
        NnGolden.Run("interp_nearest_size", t => F.interpolate(t["x"], size: [7, 3]), inputs: "x");
        NnGolden.Run("interp_nearest_scale", t => F.interpolate(t["x"], scale_factor: [1.7]), inputs: "x");
        foreach (var ac in new[] { false, true })
        {
            var suffix = ac ? 1 : 0;
            NnGolden.Run($"interp_bilinear_size_ac{suffix}", t => F.interpolate(t["x"], size: [6, 9], mode: InterpolationMode.Bilinear, align_corners: ac), inputs: "x");
            NnGolden.Run($"interp_bilinear_scale_ac{suffix}", t => F.interpolate(t["x"], scale_factor: [1.5, 0.6], mode: InterpolationMode.Bilinear, align_corners: ac), inputs: "x");
        }
    }

    [Fact]
    public void InterpolateRejectsAlignCornersForNearest() =>
        Assert.Throws<ArgumentException>(() => F.interpolate(zeros(1, 1, 2, 2), size: [4, 4], align_corners: true));
}
