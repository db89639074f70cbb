using Siamese.Lib.Data;
using Siamese.Lib.Experiments;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Experiments;

public class PairBatchesTests
{
    private static readonly ImagePair[] Pairs = [new(0, 1, true), new(0, 15, false), new(20, 21, true)];

    [Fact]
    public void WithoutAugmenterItIsPairBatchCreate()
    {
        var images = SyntheticFaces.Images();
        using var plain = PairBatch.Create(images, Pairs, PairLabelConvention.SimilarIsOne, CPU);
        using var same = PairBatches.Create(images, Pairs, PairLabelConvention.SimilarIsOne, CPU, augmenter: null);
        Assert.Equal(plain.Left.data<float>().ToArray(), same.Left.data<float>().ToArray());
        Assert.Equal(plain.Right.data<float>().ToArray(), same.Right.data<float>().ToArray());
        Assert.Equal(plain.Labels.data<float>().ToArray(), same.Labels.data<float>().ToArray());
    }

    [Theory]
    [InlineData(PairLabelConvention.SimilarIsOne, new float[] { 1, 0, 1 })]
    [InlineData(PairLabelConvention.SimilarIsZero, new float[] { 0, 1, 0 })]
    public void AugmentedBatchesKeepShapesRangeAndLabels(PairLabelConvention convention, float[] labels)
    {
        var images = SyntheticFaces.Images();
        var options = new AugmentationOptions { RotationDegrees = 20, Brightness = 0.3 };
        using var batch = PairBatches.Create(images, Pairs, convention, CPU, new ImageAugmenter(options, 7));
        using var again = PairBatches.Create(images, Pairs, convention, CPU, new ImageAugmenter(options, 7));
        using var plain = PairBatch.Create(images, Pairs, convention, CPU);
        Assert.Equal([3L, 1, SyntheticFaces.Side, SyntheticFaces.Side], batch.Left.shape);
        Assert.Equal(labels, batch.Labels.data<float>().ToArray());
        var values = batch.Left.data<float>().ToArray();
        Assert.All(values, v => Assert.InRange(v, 0f, 1f));
        Assert.NotEqual(plain.Left.data<float>().ToArray(), values);
        Assert.Equal(values, again.Left.data<float>().ToArray());
    }

    [Fact]
    public void FromTensorsChecksTheCounts()
    {
        var left = zeros(2, 1, 3, 3);
        var right = zeros(2, 1, 3, 3);
        Assert.Throws<ArgumentException>(() => PairBatch.FromTensors(left, right, [true], PairLabelConvention.SimilarIsOne));
        using var batch = PairBatch.FromTensors(left, right, [true, false], PairLabelConvention.SimilarIsZero);
        Assert.Equal(new float[] { 0, 1 }, batch.Labels.data<float>().ToArray());
    }
}
