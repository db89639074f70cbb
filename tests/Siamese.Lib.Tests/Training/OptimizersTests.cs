using Siamese.Lib.Training;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Training;

public class OptimizersTests
{
    [Fact]
    public void GroupOverridesWinAndTheRestTakeTheOptimizerDefaults()
    {
        using var a = nn.Parameter(zeros(2));
        using var b = nn.Parameter(zeros(3));
        using var optimizer = Optimizers.SGD([new ParameterGroup([a], LearningRate: 0.5, Momentum: 0.9), new ParameterGroup([b])], 0.1, weightDecay: 1e-3);
        var groups = optimizer.ParamGroups.Cast<SGD.ParamGroup>().ToList();
        Assert.Equal([0.5, 0.1], groups.Select(g => g.LearningRate));
        Assert.Equal(0.9, groups[0].Options.momentum);
        Assert.Equal(0.0, groups[1].Options.momentum);
        Assert.All(groups, g => Assert.Equal(1e-3, g.Options.weight_decay));
    }

    [Fact]
    public void EachFactoryBuildsItsOptimizer()
    {
        using var w = nn.Parameter(zeros(2));
        ParameterGroup[] groups = [new ParameterGroup([w], WeightDecay: 0.01)];
        using var adam = Optimizers.Adam(groups);
        using var adamW = Optimizers.AdamW(groups, 2e-3);
        using var adadelta = Optimizers.Adadelta(groups);
        Assert.Equal(Optimizers.DefaultAdamLearningRate, adam.ParamGroups.Single().LearningRate);
        Assert.Equal(0.01, Assert.IsType<Adam.ParamGroup>(adam.ParamGroups.Single()).Options.weight_decay);
        Assert.Equal(2e-3, adamW.ParamGroups.Single().LearningRate);
        Assert.Equal(Optimizers.DefaultAdadeltaLearningRate, adadelta.ParamGroups.Single().LearningRate);
    }

    [Fact]
    public void MomentumOnAnOptimizerWithoutItIsRejected()
    {
        using var w = nn.Parameter(zeros(2));
        var e = Assert.Throws<ArgumentException>(() => Optimizers.Adam([new ParameterGroup([w], Momentum: 0.9)]));
        Assert.Contains("momentum", e.Message);
    }
}
