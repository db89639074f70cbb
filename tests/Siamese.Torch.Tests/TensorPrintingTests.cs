using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests;

public class TensorPrintingTests
{
    [Fact]
    public void SmallFloatTensorPrintsHeaderAndFourDecimals()
    {
        using var scope = NewDisposeScope();
        var t = tensor(new float[] { 0, 1.5f, -2.25f, 3 }, [2, 2]);
        Assert.Equal("Tensor(shape=[2, 2], dtype=Float32, device=cpu)\n[[ 0.0000,  1.5000],\n [-2.2500,  3.0000]]", t.ToString());
    }

    [Theory]
    [InlineData(new float[] { 1, 2, 3 }, "[1., 2., 3.]")]
    [InlineData(new float[] { 1e-5f, 1 }, "[1.0000e-05, 1.0000e+00]")]
    [InlineData(new float[] { float.NaN, float.PositiveInfinity, 0.5f }, "[   nan,    inf, 0.5000]")]
    public void FloatFormattingFollowsPyTorchModes(float[] values, string expected)
    {
        using var t = tensor(values);
        Assert.EndsWith("\n" + expected, t.ToString());
    }

    [Fact]
    public void IntegerBoolAndGradTensorsPrintTheirKind()
    {
        using var scope = NewDisposeScope();
        Assert.Equal("Tensor(shape=[3], dtype=Int64, device=cpu)\n[ 0, 10, -5]", tensor(new long[] { 0, 10, -5 }).ToString());
        Assert.EndsWith("\n[True, False]", tensor(new[] { true, false }).ToString());
        Assert.Equal("Tensor(shape=[], dtype=Float32, device=cpu, requires_grad=True)\n2.5000",
            tensor(2.5f, requires_grad: true).ToString());
    }

    [Fact]
    public void LargeTensorsAreSummarisedWithEdgeItems()
    {
        using var scope = NewDisposeScope();
        var text = arange(2000).reshape(40, 50).ToString();
        var lines = text.Split('\n');
        Assert.Equal("Tensor(shape=[40, 50], dtype=Int64, device=cpu)", lines[0]);
        Assert.Equal("[[   0,    1,    2,  ...,   47,   48,   49],", lines[1]);
        Assert.Equal(" ...,", lines[4]);
        Assert.Equal(" [1950, 1951, 1952,  ..., 1997, 1998, 1999]]", lines[^1]);
        Assert.Equal(8, lines.Length);
    }

    [Fact]
    public void DisposedTensorPrintsWithoutThrowing()
    {
        var t = ones(2);
        t.Dispose();
        Assert.Equal("Tensor(disposed)", t.ToString());
    }

    [Fact]
    public void SummarisedFloatRowsMatchPyTorchLayout()
    {
        using var scope = NewDisposeScope();
        manual_seed(0);
        // PyTorch 1.13: torch.manual_seed(0); print(torch.randn(3, 400)) starts with this row.
        var lines = randn(3, 400).ToString().Split('\n');
        Assert.Equal("[[-1.1258, -1.1524, -0.2506,  ...,  0.5744,  1.2381, -0.6405],", lines[1]);
    }
}
