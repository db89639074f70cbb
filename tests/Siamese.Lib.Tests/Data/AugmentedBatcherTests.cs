using Siamese.Lib.Data;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Data;

public class AugmentedBatcherTests
{
    private static ImageDataset Dataset()
    {
        var pixels = new byte[3 * 8 * 8];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)(i * 37 % 256);
        }
        return new ImageDataset("d", 8, 8, pixels, [0, 1, 1], ["a", "b"]);
    }

    [Fact]
    public void WithoutAugmenterItIsThePlainBatch()
    {
        var ds = Dataset();
        using var a = AugmentedBatcher.ToTensor(ds, [2, 0], null, invert: true);
        using var b = ImageBatcher.ToTensor(ds, [2, 0], invert: true);
        Assert.Equal([2L, 1, 8, 8], a.shape);
        Assert.Equal(b.data<float>().ToArray(), a.data<float>().ToArray());
    }

    [Fact]
    public void AugmentedImagesStayInRangeAndDifferPerImage()
    {
        var ds = Dataset();
        var augmenter = new ImageAugmenter(new AugmentationOptions { RotationDegrees = 30, Fill = 0f }, seed: 5);
        using var t = AugmentedBatcher.ToTensor(ds, [1, 1], augmenter);
        var v = t.data<float>().ToArray();
        Assert.All(v, x => Assert.InRange(x, 0f, 1f));
        // The same image twice gets two independent draws.
        Assert.NotEqual(v[..64], v[64..]);
    }

    [Fact]
    public void PairsCarryLabelsInTheConvention()
    {
        var ds = Dataset();
        using var batch = AugmentedBatcher.Pairs(ds, [new ImagePair(1, 2, true), new ImagePair(0, 1, false)], PairLabelConvention.SimilarIsOne, null);
        Assert.Equal([1f, 0f], batch.Labels.data<float>().ToArray());
        Assert.Equal([2L, 1, 8, 8], batch.Right.shape);
    }
}
