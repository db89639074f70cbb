using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests;

public class NnInitTests
{
    public static TheoryData<string> Cases() =>
        ["uniform", "normal", "xavier_uniform", "xavier_normal", "kaiming_uniform", "kaiming_normal", "kaiming_uniform_default", "trunc_normal", "orthogonal"];

    private static Tensor Apply(string name, Tensor t) => name switch
    {
        "uniform" => nn.init.uniform_(t, -0.5, 2.0),
        "normal" => nn.init.normal_(t, 0.5, 2.0),
        "xavier_uniform" => nn.init.xavier_uniform_(t, 1.5),
        "xavier_normal" => nn.init.xavier_normal_(t),
        "kaiming_uniform" => nn.init.kaiming_uniform_(t, 0.1, nn.init.FanInOut.FanOut, nn.init.NonlinearityType.LeakyReLU),
        "kaiming_normal" => nn.init.kaiming_normal_(t, nonlinearity: nn.init.NonlinearityType.ReLU),
        "kaiming_uniform_default" => nn.init.kaiming_uniform_(t),
        "trunc_normal" => nn.init.trunc_normal_(t, 0.1, 0.5, -0.3, 0.6),
        "orthogonal" => nn.init.orthogonal_(t, 2.0),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void SeededInitialisationEqualsPyTorch(string name)
    {
        using var scope = NewDisposeScope();
        manual_seed(50);
        var t = name == "orthogonal" ? empty([3, 5]) : empty([4, 3, 2]);
        Assert.Same(t, Apply(name, t));
        NnGolden.Check("init_" + name, "out", t);
    }

    [Fact]
    public void CalculateGainEqualsPyTorch()
    {
        using var scope = NewDisposeScope();
        var types = nn.init.NonlinearityType.LeakyReLU;
        var gains = new[]
        {
            nn.init.calculate_gain(nn.init.NonlinearityType.Linear), nn.init.calculate_gain(nn.init.NonlinearityType.Conv2D),
            nn.init.calculate_gain(nn.init.NonlinearityType.Sigmoid), nn.init.calculate_gain(nn.init.NonlinearityType.Tanh),
            nn.init.calculate_gain(nn.init.NonlinearityType.ReLU), nn.init.calculate_gain(types),
            nn.init.calculate_gain(types, 0.2), nn.init.calculate_gain(nn.init.NonlinearityType.SELU),
        };
        NnGolden.Check("calculate_gain", "out", tensor(gains), 1e-15, 0);
    }

    [Fact]
    public void InitialisationDoesNotRecordGradients()
    {
        using var scope = NewDisposeScope();
        var p = new nn.Parameter(zeros(3, 4));
        nn.init.xavier_uniform_(p);
        nn.init.constant_(p, 0.25);
        Assert.True(p.is_leaf);
        Assert.All(p.data<float>(), v => Assert.Equal(0.25f, v));
        Assert.All(nn.init.ones_(zeros(2)).data<float>(), v => Assert.Equal(1f, v));
        Assert.Equal(new float[] { 1, 0, 0, 1 }, nn.init.eye_(zeros(2, 2)).data<float>());
    }

    [Fact]
    public void FansFollowPyTorch()
    {
        using var scope = NewDisposeScope();
        Assert.Equal((36L, 72L), nn.init.calculate_fan_in_and_fan_out(empty([8, 4, 3, 3])));
        Assert.Equal((5L, 3L), nn.init.calculate_fan_in_and_fan_out(empty([3, 5])));
        Assert.Throws<ArgumentException>(() => nn.init.calculate_fan_in_and_fan_out(empty([3])));
    }
}
