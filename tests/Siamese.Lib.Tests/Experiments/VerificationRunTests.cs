using Siamese.Lib.Experiments;
using Siamese.Lib.Training;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Experiments;

public class VerificationRunTests
{
    private static readonly VerificationRecipe Tiny = new()
    {
        Epochs = 6, BatchesPerEpoch = 10, PairsPerBatch = 16, ClassesPerBatch = 4, ImagesPerClass = 4,
        Channels = (4, 8), HiddenSize = 16, EmbeddingSize = 8, LearningRate = 3e-3,
    };

    [Fact]
    public void OptionsFollowTheRecipe()
    {
        var plain = VerificationRun.Options(Tiny, CPU);
        Assert.Equal((6, 16, 0L), (plain.Epochs, plain.BatchSize, plain.Seed));
        Assert.Null(plain.SchedulerFactory);
        Assert.Null(plain.EarlyStopping);
        var full = VerificationRun.Options(Tiny with { Objective = TrainingObjective.TripletBatchHard, PlateauPatience = 2, EarlyStoppingPatience = 4, WeightDecay = 0.01, Seed = 9 }, CPU);
        Assert.Equal((16, 9L), (full.BatchSize, full.Seed));
        Assert.NotNull(full.SchedulerFactory);
        Assert.Equal(4, full.EarlyStopping!.Patience);
        Assert.Equal(TrainingHistory.ValidationLossKey, full.EarlyStopping.Monitor);
        using var model = nn.Linear(2, 2);
        using var optimizer = full.OptimizerFactory([new ParameterGroup(model.parameters().ToArray())]);
        var group = optimizer.ParamGroups.Single();
        Assert.Equal(0.01, Assert.IsType<TorchSharp.Modules.Adam.ParamGroup>(group).Options.weight_decay);
        Assert.Equal(Tiny.LearningRate, group.LearningRate);
    }

    [Theory]
    [InlineData(TrainingObjective.Contrastive)]
    [InlineData(TrainingObjective.TripletBatchHard)]
    [InlineData(TrainingObjective.TripletSemiHard)]
    public void TrainsAndMeasuresOnUnseenClasses(TrainingObjective objective)
    {
        var data = new VerificationData(SyntheticFaces.Images(), SyntheticFaces.Split, 100, seed: 2);
        var outcome = VerificationRun.Run(Tiny with { Objective = objective }, data, CPU, progress: false);
        Assert.Equal(Tiny.Epochs, outcome.EpochsRun);
        Assert.All(outcome.History.Epochs, e => Assert.NotNull(e.ValidationLoss));
        Assert.All(outcome.History.Epochs, e => Assert.InRange(e.Get(VerificationRun.AccuracyKey)!.Value, 0.5, 1.0));
        // The synthetic classes are trivially separable; a working pipeline verifies the unseen ones almost perfectly.
        Assert.True(outcome.Verification.TestAccuracy >= 0.9, $"test accuracy {outcome.Verification.TestAccuracy}");
        Assert.True(outcome.Seconds > 0);
    }

    [Fact]
    public void EarlyStoppingAndThePlateauScheduleAreWiredIn()
    {
        var data = new VerificationData(SyntheticFaces.Images(), SyntheticFaces.Split, 60, seed: 2);
        var recipe = Tiny with { Epochs = 12, EarlyStoppingPatience = 1, PlateauPatience = 0, LearningRate = 1e-2 };
        var outcome = VerificationRun.Run(recipe, data, CPU, progress: false);
        var rates = outcome.History.Epochs.Select(e => e.LearningRate).ToArray();
        // With patience 0 every epoch that fails to improve halves the rate; with patience 1 the run stops at the second such epoch.
        Assert.True(rates.Distinct().Count() > 1 || outcome.EpochsRun < recipe.Epochs, string.Join(", ", rates));
        Assert.All(rates.Zip(rates.Skip(1)), p => Assert.True(p.Second <= p.First));
    }
}
