using Siamese.Lib.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Models;

public class EncoderShapeTests
{
    public static IEnumerable<object[]> Devices()
    {
        yield return ["cpu"];
        if (cuda.is_available())
        {
            yield return ["cuda"];
        }
    }

    [Fact]
    public void KochFlattenedWidthIs9216For105Pixels()
    {
        using var koch = new KochCnn();
        // 105 -conv10-> 96 -pool-> 48 -conv7-> 42 -pool-> 21 -conv4-> 18 -pool-> 9 -conv4-> 6; 256 channels, no fourth pool.
        Assert.Equal(256 * 6 * 6, koch.FlattenedSize);
        Assert.Equal(9216, koch.FlattenedSize);
        Assert.Equal(4096, koch.EmbeddingSize);
    }

    [Theory]
    [InlineData(105, 9216)]
    // 65 -> 56 -> 28 -> 22 -> 11 -> 8 -> 4 -> 1: the smallest input the architecture accepts.
    [InlineData(65, 256)]
    // 73 -> 64 -> 32 -> 26 -> 13 -> 10 -> 5 -> 2.
    [InlineData(73, 256 * 2 * 2)]
    public void KochFlattenedWidthFollowsTheInput(int side, long flattened)
    {
        using var koch = new KochCnn(side, hiddenSizes: [8]);
        Assert.Equal(flattened, koch.FlattenedSize);
        using var x = zeros(2, 1, side, side);
        using var y = koch.call(x);
        Assert.Equal([2L, 8], y.shape);
    }

    [Fact]
    public void KochTooSmallInputIsAClearError()
    {
        var e = Assert.Throws<ArgumentException>(() => new KochCnn(64));
        Assert.Contains("smaller than a kernel", e.Message);
    }

    [Fact]
    public void KochRejectsTheWrongImageSize()
    {
        using var koch = new KochCnn(65, hiddenSizes: [8]);
        using var x = zeros(2, 1, 28, 28);
        var e = Assert.Throws<ArgumentException>(() => koch.call(x));
        Assert.Contains("[batch, channels, 65, 65]", e.Message);
    }

    [Fact]
    public void ArticleVariantEndsAt128()
    {
        using var net = KochCnn.ArticleVariant();
        Assert.Equal(128, net.EmbeddingSize);
        var summary = ModelSummary.Of(net, 1, 105, 105);
        Assert.Equal(["fc1", "sigmoid", "fc2", "relu_fc2", "fc3"], summary.Rows.SkipWhile(r => r.Name != "fc1").Select(r => r.Name));
        Assert.Equal([-1L, 9216], summary.Rows.Single(r => r.Name == "flatten").OutputShape!);
        Assert.Equal(9216L * 4096 + 4096, summary.Rows.Single(r => r.Name == "fc1").Parameters);
    }

    [Theory]
    [MemberData(nameof(Devices))]
    public void SmallCnnShapes(string device)
    {
        var d = torch.device(device);
        using var net = new SmallCnn(embeddingSize: 16);
        net.to(d);
        Assert.Equal(64 * 7 * 7, net.FlattenedSize);
        using var x = zeros(new long[] { 3, 1, 28, 28 }, device: d);
        using var y = net.call(x);
        Assert.Equal([3L, 16], y.shape);
        Assert.Equal(d.type, y.device.type);
    }

    [Fact]
    public void SummaryListsLayersShapesAndCounts()
    {
        using var net = new SmallCnn(embeddingSize: 16, channels: (4, 8), hiddenSize: 10);
        var s = ModelSummary.Of(net, 1, 28, 28);
        Assert.Equal([-1L, 4, 28, 28], s.Rows[0].OutputShape!);
        Assert.Equal(4 * 1 * 3 * 3 + 4, s.Rows[0].Parameters);
        Assert.Equal([-1L, 8, 7, 7], s.Rows.Single(r => r.Name == "pool2").OutputShape!);
        var expected = (4 * 9 + 4) + (8 * 4 * 9 + 8) + (8 * 7 * 7 * 10 + 10) + (10 * 16 + 16);
        Assert.Equal(expected, s.TotalParameters);
        Assert.Equal(expected, s.TrainableParameters);
        var text = s.ToString();
        Assert.Contains("conv1 (Conv2d)", text);
        Assert.Contains("(None, 8, 7, 7)", text);
        Assert.Contains($"Total params: {expected:N0}", text);
    }
}
