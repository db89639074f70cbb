using Siamese.Torch.Tests.Golden;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests;

public class TensorShapeTests
{
    private static Tensor[] One(Tensor t) => [t];

    // Each entry mirrors the case of the same name in tests/reference/golden_tensor.py.
    internal static readonly Dictionary<string, GoldenOp> Ops = new()
    {
        ["t"] = i => One(i["x"].t()),
        ["mT"] = i => One(i["x"].mT),
        ["transpose"] = i => One(transpose(i["x"], 0, 2)),
        ["view"] = i => One(i["x"].view(4, 3)),
        ["reshape_infer"] = i => One(i["x"].reshape(-1, 6)),
        ["flatten"] = i => One(i["x"].flatten()),
        ["flatten_range"] = i => One(flatten(i["x"], 1, 2)),
        ["unflatten"] = i => One(i["x"].unflatten(1, 2, 2)),
        ["squeeze"] = i => One(i["x"].view(1, 3, 1, 4).squeeze()),
        ["squeeze_dim"] = i => One(i["x"].view(1, 3, 1, 4).squeeze(2)),
        ["unsqueeze"] = i => One(i["x"].unsqueeze(1)),
        ["permute"] = i => One(i["x"].permute(2, 0, 1)),
        ["contiguous"] = i => One(i["x"].t().contiguous()),
        ["expand"] = i => One(i["x"].unsqueeze(0).expand(2, 3)),
        ["expand_as"] = i => One(i["x"].unsqueeze(1).expand_as(i["y"])),
        ["view_as"] = i => One(i["x"].view_as(i["y"])),
        ["repeat"] = i => One(i["x"].repeat(2, 1, 2)),
        ["cat"] = i => One(cat([i["x"], i["y"]], 1)),
        ["stack"] = i => One(stack([i["x"], i["y"]], 1)),
        ["chunk"] = i => i["x"].chunk(2, 1),
        ["split"] = i => split(i["x"], 2, 0),
        ["split_sizes"] = i => i["x"].split([1, 3], 1),
        ["unbind"] = i => i["x"].unbind(0),
        ["narrow"] = i => One(i["x"].narrow(1, 1, 2)),
        ["select"] = i => One(i["x"].select(1, -1)),
        ["index_select"] = i => One(i["x"].index_select(1, i["i"])),
        ["gather"] = i => One(gather(i["x"], 1, i["i"])),
        ["scatter"] = i => One(i["x"].scatter(1, i["i"], i["y"])),
        ["scatter_scalar"] = i => One(i["x"].scatter(1, i["i"], 5.0)),
        ["scatter_add"] = i => One(i["x"].scatter_add(0, i["i"], i["y"])),
        ["clone"] = i => One(i["x"].clone()),
        ["flip"] = i => One(i["x"].flip(0, 1)),
        ["roll"] = i => One(i["x"].roll(1, 1)),
        ["roll_flat"] = i => One(i["x"].roll(-2)),
        ["tril"] = i => One(i["x"].tril()),
        ["triu_offset"] = i => One(triu(i["x"], 1)),
        ["diag_matrix"] = i => One(i["x"].diag()),
        ["diag_vector"] = i => One(diag(i["x"], -1)),
        ["tile"] = i => One(i["x"].tile(2)),
        ["movedim"] = i => One(i["x"].movedim(0, 2)),
    };

    public static TheoryData<string> Cases => TensorGolden.CasesOf(Ops);

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesPyTorch(string name) => TensorGolden.Check(name, Ops[name]);

    [Fact]
    public void ViewsShareStorageAndCopiesDoNot()
    {
        using var scope = NewDisposeScope();
        var x = zeros(2, 3);
        x.view(6).narrow(0, 1, 2).fill_(5);
        Assert.Equal(new float[] { 0, 5, 5, 0, 0, 0 }, x.data<float>());
        x.clone().fill_(1);
        Assert.Equal(0f, x[0, 0].item<float>());
        Assert.False(x.t().is_contiguous());
        Assert.True(x.t().contiguous().is_contiguous());
    }

    [Fact]
    public void WrongShapesThrowLibtorchMessages()
    {
        using var scope = NewDisposeScope();
        var x = ones(2, 3);
        Assert.Contains("is invalid for input of size 6", Assert.Throws<TorchException>(() => x.view(4, 2)).Message);
        Assert.Contains("view size is not compatible", Assert.Throws<TorchException>(() => x.t().view(6)).Message);
        Assert.Throws<TorchException>(() => cat([x, ones(3, 2)], 0));
        Assert.Throws<TorchException>(() => stack([x, ones(3)], 0));
        Assert.Throws<TorchException>(() => x.permute(0, 0));
        Assert.Throws<TorchException>(() => x.expand(3, 3));
        Assert.Throws<TorchException>(() => x.narrow(1, 2, 5));
        Assert.Equal(new long[] { 3, 2 }, x.view(3, 2).shape);
    }
}
