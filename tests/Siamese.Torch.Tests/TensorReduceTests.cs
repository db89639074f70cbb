using Siamese.Torch.Tests.Golden;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests;

public class TensorReduceTests
{
    private static Tensor[] One(Tensor t) => [t];
    private static Tensor[] Two((Tensor, Tensor) pair) => [pair.Item1, pair.Item2];

    // Each entry mirrors the case of the same name in tests/reference/golden_tensor.py.
    internal static readonly Dictionary<string, GoldenOp> Ops = new()
    {
        ["sum"] = i => One(i["x"].sum()),
        ["sum_dim"] = i => One(i["x"].sum(1)),
        ["sum_dims_keepdim"] = i => One(sum(i["x"], [0, 1], keepdim: true)),
        ["mean"] = i => One(mean(i["x"])),
        ["mean_dim_keepdim"] = i => One(i["x"].mean(0, keepdim: true)),
        ["prod"] = i => One(i["x"].prod()),
        ["prod_dim"] = i => One(prod(i["x"], 1)),
        ["max"] = i => One(i["x"].max()),
        ["min"] = i => One(min(i["x"])),
        ["max_dim"] = i => Two(i["x"].max(1)),
        ["min_dim_keepdim"] = i => Two(min(i["x"], 0, keepdim: true)),
        ["argmax"] = i => One(i["x"].argmax()),
        ["argmax_dim"] = i => One(argmax(i["x"], 1)),
        ["argmin_dim_keepdim"] = i => One(i["x"].argmin(0, keepdim: true)),
        ["norm"] = i => One(i["x"].norm()),
        ["norm_p1_dim"] = i => One(i["x"].norm(1, dim: 1)),
        ["norm_inf"] = i => One(i["x"].norm(p: double.PositiveInfinity)),
        ["norm_dim_keepdim"] = i => One(i["x"].norm(dim: 0, keepdim: true)),
        ["std"] = i => One(i["x"].std()),
        ["std_dim_biased"] = i => One(i["x"].std(1, unbiased: false)),
        ["var"] = i => One(var(i["x"])),
        ["var_dim_keepdim"] = i => One(i["x"].var(0, keepdim: true)),
        ["cumsum"] = i => One(i["x"].cumsum(1)),
        ["cumprod"] = i => One(cumprod(i["x"], 0)),
        ["all"] = i => One(i["m"].all()),
        ["all_dim"] = i => One(i["m"].all(1)),
        ["any"] = i => One(any(i["m"])),
        ["any_dim"] = i => One(i["m"].any(0)),
        ["logsumexp"] = i => One(i["x"].logsumexp(1)),
        ["amax"] = i => One(i["x"].amax([0, 1])),
        ["topk"] = i => Two(i["x"].topk(2)),
        ["topk_smallest_dim0"] = i => Two(topk(i["x"], 2, dim: 0, largest: false)),
        ["sort"] = i => Two(i["x"].sort()),
        ["sort_descending_dim0"] = i => Two(i["x"].sort(0, descending: true)),
        ["argsort"] = i => One(i["x"].argsort(1, descending: true)),
        ["count_nonzero"] = i => One(i["m"].count_nonzero()),
    };

    public static TheoryData<string> Cases => TensorGolden.CasesOf(Ops);

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesPyTorch(string name) => TensorGolden.Check(name, Ops[name]);

    [Fact]
    public void StdCorrectionMatchesUnbiasedFlag()
    {
        using var scope = NewDisposeScope();
        var x = arange(6.0).reshape(2, 3);
        Assert.True(x.std(null, correction: 1).allclose(x.std()));
        Assert.True(x.var([1], correction: 0).allclose(x.var(1, unbiased: false)));
    }

    [Fact]
    public void SumKeepsIntegerDtypeAndAcceptsAccumulationType()
    {
        using var scope = NewDisposeScope();
        var x = arange(5);
        Assert.Equal(ScalarType.Int64, x.sum().dtype);
        Assert.Equal(10L, x.sum().item<long>());
        Assert.Equal(ScalarType.Float64, x.sum(type: ScalarType.Float64).dtype);
        Assert.Equal(2.0, x.mean(type: ScalarType.Float64).item<double>());
    }

    [Fact]
    public void DimOutOfRangeThrowsLibtorchMessage()
    {
        using var scope = NewDisposeScope();
        var x = ones(2, 3);
        var e = Assert.Throws<TorchException>(() => x.sum(5));
        Assert.Contains("Dimension out of range", e.Message);
        Assert.Throws<TorchException>(() => x.max(2));
        Assert.Throws<TorchException>(() => x.topk(4));
        Assert.Equal(6f, x.sum().item<float>());
    }

    [Fact]
    public void PositionalArgumentsMeanWhatTheyMeanInPyTorch()
    {
        using var scope = NewDisposeScope();
        var x = arange(6.0).reshape(2, 3);
        // x.sum(0) is dim 0 (not dtype 0 = uint8); x.norm(1) is the 1-norm (not dim 1).
        Assert.Equal(new float[] { 3, 5, 7 }, x.sum(0).data<float>());
        Assert.Equal(new float[] { 1.5f, 2.5f, 3.5f }, x.mean(0).data<float>());
        Assert.Equal(new float[] { 0, 60 }, x.prod(1).data<float>());
        Assert.Equal(15f, x.norm(1).item<float>());
        Assert.Equal(new long[] { 3 }, x.norm(dim: 0).shape);
        Assert.Equal(new long[] { 3 }, sum(x, 0).shape);
    }
}
