using Siamese.Lib.Models;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Models;

public class KochCnnTests
{
    [Theory]
    // Padded 3x3 convs keep the side; pools halve it (floor): 35 -> 17 -> 8 -> 4, 256 channels.
    [InlineData(35, 256 * 4 * 4)]
    // 28 -> 14 -> 7 -> 3.
    [InlineData(28, 256 * 3 * 3)]
    [InlineData(8, 256 * 1 * 1)]
    public void CompactStagesTakeSmallInputs(int side, long flattened)
    {
        using var koch = new KochCnn(side, hiddenSizes: [16], stages: KochCnn.CompactStages);
        Assert.Equal(flattened, koch.FlattenedSize);
        using var y = koch.call(zeros(2, 1, side, side));
        Assert.Equal([2L, 16], y.shape);
    }

    [Fact]
    public void PaperStagesAreTheDefaultAndRefuseSmallInputs()
    {
        Assert.Equal([10, 7, 4, 4], KochCnn.PaperStages.Select(s => s.Kernel));
        Assert.Equal(9216, new KochCnn(hiddenSizes: [8], stages: KochCnn.PaperStages).FlattenedSize);
        var e = Assert.Throws<ArgumentException>(() => new KochCnn(35, hiddenSizes: [8]));
        Assert.Contains("smaller than a kernel", e.Message);
    }

    [Fact]
    public void BatchNormAddsOneLayerPerConvolutionAndScalesWithWidth()
    {
        using var plain = new KochCnn(35, hiddenSizes: [8], widthScale: 0.5, stages: KochCnn.CompactStages);
        using var normed = new KochCnn(35, hiddenSizes: [8], widthScale: 0.5, stages: KochCnn.CompactStages, batchNorm: true);
        Assert.Equal(4, normed.Layers.Count(l => l.Name.StartsWith("bn", StringComparison.Ordinal)));
        Assert.DoesNotContain(plain.Layers, l => l.Name.StartsWith("bn", StringComparison.Ordinal));
        // Half width: 32, 64, 64, 128 channels; batch norm adds a scale and a shift per channel.
        Assert.Equal(2 * (32 + 64 + 64 + 128), normed.parameters().Sum(p => p.numel()) - plain.parameters().Sum(p => p.numel()));
        Assert.Equal(128 * 4 * 4, normed.FlattenedSize);
    }
}
