using Siamese.Lib.Data;
using Siamese.Lib.Display;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Display;

public class PairGridTests
{
    [Fact]
    public void FromADatasetShowsTwoImagesAndACaptionPerPair()
    {
        var pixels = Enumerable.Range(0, 3 * 4 * 5).Select(i => (byte)(i * 4)).ToArray();
        var dataset = new ImageDataset("tiny", 5, 4, pixels, [0, 0, 1], ["a", "b"]);
        var grid = PairGrid.Of(dataset, [new ImagePair(0, 1, true), new ImagePair(0, 2, false)], columns: 2);
        Assert.Equal(["same", "different"], grid.Cells.Select(c => c.Caption));
        Assert.All(grid.Cells, c => Assert.Equal(2, c.Images.Count));
        var decoded = ImageGridTests.Decoded(grid);
        Assert.Equal(pixels.Skip(40).Take(20).ToArray(), decoded[3].Pixels);
        Assert.Equal(pixels.Skip(40).Take(20).ToArray(), ImageGridTests.Decoded(PairGrid.Image(dataset, 2))[0].Pixels);
        Assert.Throws<ArgumentException>(() => PairGrid.Of(dataset, [new ImagePair(0, 1, true)], []));
    }

    [Fact]
    public void FromTensorsMapsUnitRangeToGrayLevels()
    {
        using var left = zeros(3, 1, 2, 2);
        using var right = ones(3, 1, 2, 2) * 0.5;
        var grid = PairGrid.Of(left, right, ["d=0.10", "d=0.20"]);
        Assert.Equal(2, grid.Cells.Count);
        Assert.All(PairGrid.Images(right, 1)[0].Pixels, b => Assert.Equal(128, b));
        using var wrongShape = ones(3, 1, 2, 3);
        Assert.Throws<ArgumentException>(() => PairGrid.Of(left, wrongShape, ["x"]));
        Assert.Throws<ArgumentOutOfRangeException>(() => PairGrid.Of(left, right, ["a", "b", "c", "d"]));
    }

    [Fact]
    public void StripsPutEqualImagesSideBySide()
    {
        byte[] query = [0, 255, 0, 255], candidate = [1, 2, 3, 4];
        var grid = PairGrid.Strips([([query, candidate], "picked 3"), ([query, query], "truth 5")], 2, 2);
        Assert.Equal(2, grid.Columns);
        Assert.Equal(["picked 3", "truth 5"], grid.Cells.Select(c => c.Caption));
        Assert.Equal(candidate, ImageGridTests.Decoded(grid)[1].Pixels);
        Assert.Throws<ArgumentException>(() => PairGrid.Strips([([new byte[3]], "bad")], 2, 2));
    }
}
