using Siamese.Lib.Data;

namespace Siamese.Lib.Tests.Data;

public class ImageResamplerTests
{
    /// <summary>Two 4-wide, 6-high images; pixel (x, y) of image i is 10·(i + 1) + 40·(y / 2) + 20·(x / 2), constant on 2×2 blocks.</summary>
    private static ImageDataset Blocks()
    {
        const int w = 4, h = 6;
        var pixels = new byte[2 * w * h];
        for (var i = 0; i < 2; i++)
        {
            for (var y = 0; y < h; y++)
            {
                for (var x = 0; x < w; x++)
                {
                    pixels[i * w * h + y * w + x] = (byte)(10 * (i + 1) + 40 * (y / 2) + 20 * (x / 2));
                }
            }
        }
        return new ImageDataset("blocks", w, h, pixels, [0, 1], ["a", "b"], instances: [1, 2]);
    }

    [Fact]
    public void AreaAveragingOfConstantBlocksGivesTheBlockValues()
    {
        var small = ImageResampler.Resize(Blocks(), 2, 3);
        Assert.Equal((2, 3), (small.Width, small.Height));
        Assert.Equal(new byte[] { 10, 30, 50, 70, 90, 110 }, small.Image(0).ToArray());
        Assert.Equal(new byte[] { 20, 40, 60, 80, 100, 120 }, small.Image(1).ToArray());
        Assert.Equal([0, 1], small.Labels);
        Assert.Equal(["a", "b"], small.ClassNames);
        Assert.Equal([1, 2], small.Instances!);
    }

    [Fact]
    public void SquareCropKeepsTheCentredRowsThenAverages()
    {
        // Rows 1..4 of the 6-high image: the pairs (1, 2) and (3, 4) straddle blocks, so each output is the mean of two block rows.
        var square = ImageResampler.SquareCrop(Blocks(), 2);
        Assert.Equal((2, 2), (square.Width, square.Height));
        Assert.Equal(new byte[] { 30, 50, 70, 90 }, square.Image(0).ToArray());
    }

    [Fact]
    public void SameSizeIsAnExactCopyAndBadSizesThrow()
    {
        var blocks = Blocks();
        Assert.Equal(blocks.Pixels, ImageResampler.Resize(blocks, 4, 6).Pixels);
        Assert.Throws<ArgumentOutOfRangeException>(() => ImageResampler.Resize(blocks, 0, 3));
    }
}
