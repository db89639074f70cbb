using Siamese.Torch;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests;

[Collection(TensorCountCollection.Name)]
public class TensorTests
{
    [Fact]
    public void FromArrayKeepsShapeDtypeAndValues()
    {
        using var t = tensor(new float[] { 1, 2, 3, 4, 5, 6 }, [2, 3]);
        Assert.Equal(new long[] { 2, 3 }, t.shape);
        Assert.Equal(ScalarType.Float32, t.dtype);
        Assert.Equal(DeviceType.CPU, t.device.type);
        Assert.Equal(new float[] { 1, 2, 3, 4, 5, 6 }, t.data<float>());
    }

    [Fact]
    public void OperatorsBroadcastAndPromoteLikePyTorch()
    {
        using var scope = NewDisposeScope();
        var a = tensor(new long[] { 1, 2, 3 });
        Assert.Equal(ScalarType.Int64, (a + 2).dtype);
        Assert.Equal(ScalarType.Float32, (a * 2.5f).dtype);
        var b = tensor(new float[] { 1, 2, 3, 4, 5, 6 }, [2, 3]);
        var c = tensor(new float[] { 10, 20, 30 });
        Assert.Equal(new float[] { 11, 22, 33, 14, 25, 36 }, (b + c).data<float>());
        Assert.Equal(new float[] { 9, 8, 7, 6, 5, 4 }, (10 - b).data<float>());
    }

    [Fact]
    public void ShapeMismatchThrowsTorchExceptionWithLibtorchMessage()
    {
        using var scope = NewDisposeScope();
        var a = zeros(2, 3);
        var b = zeros(4, 5);
        var e = Assert.Throws<TorchException>(() => a.matmul(b));
        Assert.Contains("cannot be multiplied", e.Message);
        Assert.Equal(new long[] { 2, 5 }, a.matmul(zeros(3, 5)).shape);
    }

    [Fact]
    public void UseAfterDisposeThrowsObjectDisposed()
    {
        var t = ones(3);
        t.Dispose();
        Assert.Throws<ObjectDisposedException>(() => t.shape);
    }

    [Fact]
    public void DisposeScopeFreesAllButMovedTensors()
    {
        var before = Tensor.TotalCount;
        Tensor kept;
        using (NewDisposeScope())
        {
            var a = ones(3);
            var b = a * 2;
            kept = (b + 1).MoveToOuterDisposeScope();
        }
        Assert.Equal(before + 1, Tensor.TotalCount);
        Assert.Equal(new float[] { 3, 3, 3 }, kept.data<float>());
        kept.Dispose();
        Assert.Equal(before, Tensor.TotalCount);
    }

    [Fact]
    public void BackwardAccumulatesGradient()
    {
        using var scope = NewDisposeScope();
        var x = tensor(new float[] { 1, 2, 3 }, requires_grad: true);
        var y = x * x;
        // d/dx sum(x^2) = 2x, via an explicit gradient of ones.
        y.backward(ones(3));
        Assert.Equal(new float[] { 2, 4, 6 }, x.grad!.data<float>());
    }
}
