using Siamese.Lib.Data;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Data;

public class ImageBatcherTests
{
    private static ImageDataset Tiny() =>
        new("tiny", 3, 2, [0, 51, 102, 153, 204, 255, 255, 255, 255, 0, 0, 0], [0, 1], ["a", "b"]);

    [Fact]
    public void BatchIsBatchByOneByHByWInUnitRange()
    {
        using var t = ImageBatcher.ToTensor(Tiny(), [1, 0]);
        Assert.Equal(new long[] { 2, 1, 2, 3 }, t.shape);
        Assert.Equal(ScalarType.Float32, t.dtype);
        var v = t.data<float>().ToArray();
        Assert.Equal(new[] { 1f, 1f, 1f, 0f, 0f, 0f, 0f, 0.2f, 0.4f, 0.6f, 0.8f, 1f }, v, new FloatTolerance(1e-6f));
    }

    [Fact]
    public void InvertMakesInkOne()
    {
        var v = ImageBatcher.ToFloats(Tiny(), [0], invert: true);
        Assert.Equal(new[] { 1f, 0.8f, 0.6f, 0.4f, 0.2f, 0f }, v, new FloatTolerance(1e-6f));
    }

    [Fact]
    public void LabelsAreInt64()
    {
        using var l = ImageBatcher.Labels(Tiny(), [1, 1, 0]);
        Assert.Equal(new long[] { 1, 1, 0 }, l.data<long>().ToArray());
    }

    [Fact]
    public void InconsistentDatasetIsRejected() =>
        Assert.Throws<ArgumentException>(() => new ImageDataset("bad", 3, 2, new byte[5], [0], ["a"]));

    private sealed class FloatTolerance(float tolerance) : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(float obj) => 0;
    }
}

public class ImageBatcherConsistencyTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TensorPathEqualsDotNetPath(bool invert)
    {
        var pixels = Enumerable.Range(0, 256 * 4).Select(i => (byte)(i % 256)).ToArray();
        var ds = new ImageDataset("all values", 16, 16, pixels, [0, 1, 0, 1], ["a", "b"]);
        using var t = ImageBatcher.ToTensor(ds, [3, 0, 2], invert: invert);
        Assert.Equal(ImageBatcher.ToFloats(ds, [3, 0, 2], invert), t.data<float>().ToArray());
    }
}
