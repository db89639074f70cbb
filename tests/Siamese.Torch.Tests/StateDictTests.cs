using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests;

public class StateDictTests
{
    private static nn.Module<Tensor, Tensor> Net() =>
        nn.Sequential(("conv", nn.Conv2d(1, 2, 3)), ("bn", nn.BatchNorm2d(2)), ("relu", nn.ReLU()), ("flat", nn.Flatten()), ("fc", nn.Linear(8, 3)));

    [Fact]
    public void StateDictRoundTripCopiesValuesIntoAnotherModel()
    {
        using var scope = NewDisposeScope();
        manual_seed(1);
        using var a = Net();
        a.call(randn(4, 1, 4, 4));
        manual_seed(2);
        using var b = Net();
        var x = randn(2, 1, 4, 4);
        a.eval();
        b.eval();
        var target = b.state_dict()["fc.weight"];
        var (missing, unexpected) = b.load_state_dict(a.state_dict());
        Assert.Empty(missing);
        Assert.Empty(unexpected);
        Assert.Same(target, b.state_dict()["fc.weight"]);
        Assert.Equal(1L, b.state_dict()["bn.num_batches_tracked"].item<long>());
        Assert.Equal(a.call(x).data<float>(), b.call(x).data<float>());
        Assert.True(b.state_dict()["fc.weight"].requires_grad);
        Assert.True(((nn.Parameter)b.state_dict()["fc.weight"]).is_leaf);
    }

    [Fact]
    public void ShapeMismatchNamesTheKeyAndCopiesNothing()
    {
        using var scope = NewDisposeScope();
        using var small = nn.Linear(3, 2);
        using var large = nn.Linear(4, 2);
        var before = small.weight.data<float>();
        var ex = Assert.Throws<ArgumentException>(() => small.load_state_dict(large.state_dict(), strict: false));
        Assert.Contains("size mismatch for weight: copying a param with shape [2, 4] from checkpoint, the shape in current model is [2, 3]", ex.Message);
        Assert.Equal(before, small.weight.data<float>());
    }

    [Fact]
    public void MissingAndUnexpectedKeys()
    {
        using var scope = NewDisposeScope();
        using var model = nn.Linear(3, 2);
        var partial = new Dictionary<string, Tensor> { ["weight"] = ones(2, 3), ["extra"] = zeros(1) };
        var ex = Assert.Throws<ArgumentException>(() => model.load_state_dict(partial));
        Assert.Contains("Missing key(s) in state_dict: \"bias\".", ex.Message);
        Assert.Contains("Unexpected key(s) in state_dict: \"extra\".", ex.Message);
        var (missing, unexpected) = model.load_state_dict(partial, strict: false);
        Assert.Equal(new[] { "bias" }, missing);
        Assert.Equal(new[] { "extra" }, unexpected);
        Assert.All(model.weight.data<float>(), v => Assert.Equal(1f, v));
    }

    [Fact]
    public void SaveAndLoadThroughSafetensors()
    {
        using var scope = NewDisposeScope();
        var path = Path.Combine(Path.GetTempPath(), $"sd-{Guid.NewGuid():N}.safetensors");
        try
        {
            manual_seed(3);
            using var a = Net();
            a.call(randn(4, 1, 4, 4));
            a.save(path);
            Assert.Equal("pt", Safetensors.read_metadata(path)["format"]);
            manual_seed(4);
            using var b = Net();
            b.load(path);
            foreach (var (key, value) in a.state_dict())
            {
                Assert.Equal(value.to(ScalarType.Float64).data<double>(), b.state_dict()[key].to(ScalarType.Float64).data<double>());
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
