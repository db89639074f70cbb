using Siamese.Lib.Data;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Data;

public class TensorAugmentationTests
{
    private const int W = 9, H = 7, Batch = 6;

    private static float[] Images(int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, Batch * W * H).Select(_ => (float)random.NextDouble()).ToArray();
    }

    public static TheoryData<string> Options() => ["koch", "rotation+jitter", "crop+flip", "none"];

    private static AugmentationOptions Named(string name) => name switch
    {
        "koch" => AugmentationOptions.Koch2015,
        "rotation+jitter" => new AugmentationOptions { RotationDegrees = 25, Brightness = 0.3, Contrast = 0.4, Fill = 0.25f },
        "crop+flip" => new AugmentationOptions { CropPadding = 2, HorizontalFlipProbability = 0.5 },
        _ => new AugmentationOptions(),
    };

    [Theory]
    [MemberData(nameof(Options))]
    public void MatchesTheCpuPathDrawForDraw(string name)
    {
        var options = Named(name);
        var host = Images(1);
        new ImageAugmenter(options, 11).ApplyBatch(host, W, H);
        using var batch = tensor(Images(1), [Batch, 1, H, W]);
        using var augmented = new ImageAugmenter(options, 11).Augment(batch);
        Assert.Equal([(long)Batch, 1, H, W], augmented.shape);
        var device = augmented.data<float>().ToArray();
        // float32 on both sides; the CPU warp accumulates in double, grid_sample in float.
        for (var i = 0; i < host.Length; i++)
        {
            Assert.Equal(host[i], device[i], 1e-5f);
        }
    }

    [Fact]
    public void FillComesInFromOutsideAndBadShapesThrow()
    {
        using var zeros4 = zeros(1, 1, H, W);
        var shift = new AugmentationParameters(AffineMatrix.Translation(3, 0), 1, 1);
        using var moved = TensorAugmentation.Apply(zeros4, [shift], fill: 0.5f);
        var values = moved.data<float>().ToArray();
        // The three leftmost columns came from outside the image.
        Assert.All(Enumerable.Range(0, H), y => Assert.Equal(0.5f, values[y * W], 6));
        Assert.All(Enumerable.Range(0, H), y => Assert.Equal(0f, values[y * W + W - 1], 6));
        Assert.Throws<ArgumentException>(() => TensorAugmentation.Apply(zeros4, [shift, shift], 0));
        using var flat = zeros(H, W);
        Assert.Throws<ArgumentException>(() => TensorAugmentation.Apply(flat, [shift], 0));
    }
}
