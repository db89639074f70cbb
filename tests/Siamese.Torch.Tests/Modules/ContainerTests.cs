using Siamese.Torch.Modules;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests.Modules;

public class ContainerTests
{
    [Fact]
    public void PlainSequentialNamesLayersByPosition()
    {
        using var seq = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2));
        Assert.Equal(new[] { "0.weight", "0.bias", "2.weight", "2.bias" }, seq.state_dict().Keys);
        Assert.Equal(3, seq.Count);
        Assert.IsType<ReLU>(seq[1]);
        using var scope = NewDisposeScope();
        Assert.Equal(new long[] { 5, 2 }, seq.call(zeros(5, 4)).shape);
    }

    [Fact]
    public void NamedSequentialUsesTheNames()
    {
        using var seq = nn.Sequential(("conv", nn.Conv2d(1, 2, 3)), ("bn", nn.BatchNorm2d(2)), ("act", nn.ReLU()));
        Assert.Equal(new[] { "conv.weight", "conv.bias", "bn.weight", "bn.bias", "bn.running_mean", "bn.running_var", "bn.num_batches_tracked" },
            seq.state_dict().Keys);
        Assert.Throws<ArgumentException>(() => seq.append("conv", nn.ReLU()));
    }

    [Fact]
    public void EmptySequentialIsTheIdentity()
    {
        using var scope = NewDisposeScope();
        using var seq = nn.Sequential(Array.Empty<nn.Module<Tensor, Tensor>>());
        Assert.Equal(new float[] { 1, 2 }, seq.call(tensor(new float[] { 1, 2 })).data<float>());
    }

    [Fact]
    public void ModuleListRegistersAndRenumbers()
    {
        using var list = nn.ModuleList(nn.Linear(2, 2), nn.Linear(2, 3));
        Assert.Equal(new[] { "0.weight", "0.bias", "1.weight", "1.bias" }, list.named_parameters().Select(p => p.name));
        var first = list[0];
        list.RemoveAt(0);
        first.Dispose();
        Assert.Equal(new[] { "0.weight", "0.bias" }, list.named_parameters().Select(p => p.name));
        list.Insert(0, nn.Linear(3, 3, hasBias: false));
        Assert.Equal(new[] { "0.weight", "1.weight", "1.bias" }, list.named_parameters().Select(p => p.name));
        Assert.Equal(new long[] { 2, 3 }, list[1].parameters().First().shape.Reverse().ToArray());
    }

    [Fact]
    public void ModuleDictKeepsInsertionOrder()
    {
        using var dict = nn.ModuleDict<nn.Module<Tensor, Tensor>>(("encoder", nn.Linear(4, 2)), ("head", nn.Linear(2, 1)));
        dict["act"] = nn.ReLU();
        Assert.Equal(new[] { "encoder", "head", "act" }, dict.Keys);
        Assert.Equal(new[] { "encoder.weight", "encoder.bias", "head.weight", "head.bias" }, dict.state_dict().Keys);
        var head = dict["head"];
        Assert.True(dict.Remove("head"));
        head.Dispose();
        Assert.Equal(new[] { "encoder", "act" }, dict.named_children().Select(c => c.name));
        Assert.Throws<KeyNotFoundException>(() => dict["head"]);
    }
}
