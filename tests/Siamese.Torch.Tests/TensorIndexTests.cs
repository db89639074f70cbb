using Siamese.Torch.Tests.Golden;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests;

public class TensorIndexTests
{
    private static Tensor[] One(Tensor t) => [t];

    private static Tensor Put(IReadOnlyDictionary<string, Tensor> inputs, Action<Tensor> assign)
    {
        var y = inputs["x"].detach().clone();
        assign(y);
        return y;
    }

    // Each entry mirrors the case of the same name in tests/reference/golden_tensor.py.
    internal static readonly Dictionary<string, GoldenOp> Ops = new()
    {
        ["index_int"] = i => One(i["x"][1]),
        ["index_int_int"] = i => One(i["x"][1, 2]),
        ["index_negative"] = i => One(i["x"][-1, -2]),
        ["index_colon_int"] = i => One(i["x"][.., 1]),
        ["index_slice"] = i => One(i["x"][1..3, TensorIndex.Slice(0, 4, 2)]),
        ["index_slice_negative"] = i => One(i["x"][^2.., ..^1]),
        ["index_ellipsis_none"] = i => One(i["x"][TensorIndex.Ellipsis, TensorIndex.None, 1]),
        ["index_tensor"] = i => One(i["x"][i["i"]]),
        ["index_mask"] = i => One(i["x"][i["m"]]),
        ["index_tensor_dim1"] = i => One(i["x"][TensorIndex.Colon, i["i"]]),
        ["masked_select"] = i => One(i["x"].masked_select(i["m"])),
        ["nonzero"] = i => One(i["m"].nonzero()),
        ["index_put_scalar"] = i => One(Put(i, y => y.index_put_(7.0, TensorIndex.Ellipsis, 0))),
        ["index_put_tensor_row"] = i => One(Put(i, y => y[1] = i["v"])),
        ["index_put_mask"] = i => One(Put(i, y => y.index_put_(-1.0, i["m"]))),
        ["index_put_indices"] = i => One(Put(i, y => y[.., i["i"]] = zeros(1))),
    };

    public static TheoryData<string> Cases => TensorGolden.CasesOf(Ops);

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesPyTorch(string name) => TensorGolden.Check(name, Ops[name]);

    [Fact]
    public void BasicIndexingReturnsViewsThatWriteThrough()
    {
        using var scope = NewDisposeScope();
        var x = zeros(3, 4);
        x[1].fill_(2);
        x[.., 3] = ones(3);
        x[TensorIndex.Single(0), TensorIndex.Slice(1, 3)] = full([2], 7f);
        Assert.Equal(new float[] { 0, 7, 7, 1, 2, 2, 2, 1, 0, 0, 0, 1 }, x.data<float>());
        Assert.Equal(new long[] { 3, 1, 4 }, x[.., TensorIndex.None].shape);
        Assert.Equal(2f, x[^2, 0].item<float>());
    }

    [Theory]
    [InlineData(3)]
    [InlineData(-4)]
    public void OutOfRangeIndexThrowsLibtorchMessage(long index)
    {
        using var scope = NewDisposeScope();
        var x = ones(3, 2);
        var e = Assert.Throws<TorchException>(() => x[index]);
        Assert.Contains("out of bounds", e.Message);
        Assert.Throws<TorchException>(() => x[0, 0, 0]);
        Assert.Throws<TorchException>(() => x[tensor(new long[] { 5 })].data<float>());
        Assert.Equal(2L, x[0].numel());
    }
}
