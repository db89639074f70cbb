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

    [Fact]
    public void IntegerFactorIsTheBlockMean()
    {
        // 6x3 -> 2x1: each output pixel averages a 3x3 block.
        byte[] image =
        [
            0, 9, 18, 100, 100, 100,
            27, 36, 45, 100, 100, 100,
            54, 63, 72, 100, 100, 255,
        ];
        var small = ImageResampler.Resize(image, 6, 3, 2, 1);
        Assert.Equal([36, (byte)Math.Round((8 * 100 + 255) / 9.0)], small);
    }

    [Fact]
    public void FractionalCoverageWeightsEdgePixels()
    {
        // 3 -> 2 columns: each output covers 1.5 inputs; out0 = (0·1 + 90·0.5)/1.5 = 30, out1 = (90·0.5 + 180·1)/1.5 = 150.
        var small = ImageResampler.Resize([0, 90, 180], 3, 1, 2, 1);
        Assert.Equal([30, 150], small);
    }

    [Theory]
    [InlineData(105, 35)]
    [InlineData(105, 52)]
    [InlineData(7, 3)]
    public void ConstantImagesStayConstant(int side, int newSide)
    {
        var image = Enumerable.Repeat((byte)200, side * side).ToArray();
        Assert.All(ImageResampler.Resize(image, side, side, newSide, newSide), v => Assert.Equal(200, v));
    }

    [Fact]
    public void DatasetKeepsLabelsGroupsAndInstances()
    {
        var pixels = Enumerable.Range(0, 2 * 16).Select(i => (byte)(i < 16 ? 10 : 250)).ToArray();
        var ds = new ImageDataset("d", 4, 4, pixels, [0, 1], ["a", "b"], [0, 0], ["g"], [3, 7]);
        var small = ImageResampler.Resize(ds, 2);
        Assert.Equal((2, 2, 2), (small.Count, small.Width, small.Height));
        Assert.Equal(ds.Labels, small.Labels);
        Assert.Equal(ds.Instances, small.Instances);
        Assert.Equal(ds.ClassGroups, small.ClassGroups);
        Assert.All(small.Image(0).ToArray(), v => Assert.Equal(10, v));
        Assert.All(small.Image(1).ToArray(), v => Assert.Equal(250, v));
    }

    [Fact]
    public void RunsShareTheirResizedSupportImages()
    {
        var support = new byte[][] { Enumerable.Repeat((byte)0, 9).ToArray(), Enumerable.Repeat((byte)255, 9).ToArray() };
        var run = new OneShotRun("run01", 3, 3, support, [new OneShotTrial(support[1], support, 1, "run01/test/item01.png")]);
        var small = ImageResampler.Resize([run], 1)[0];
        Assert.Equal((1, 1), (small.Width, small.Height));
        Assert.Equal([255], small.Trials[0].Query);
        Assert.Same(small.Training, small.Trials[0].Candidates);
        Assert.Equal(1, small.Trials[0].CorrectIndex);
    }

    [Fact]
    public void UpsamplingAndWrongSizesAreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ImageResampler.Resize(new byte[4], 2, 2, 3, 3));
        Assert.Throws<ArgumentException>(() => ImageResampler.Resize(new byte[5], 2, 2, 1, 1));
    }
}
