using Siamese.Lib.Evaluation;
using Siamese.Lib.Experiments;
using Siamese.Lib.Training;

namespace Siamese.Lib.Tests.Experiments;

public class AblationTests
{
    private static VerificationOutcome Outcome(string name, long seed, double validation, double test, int epochs = 4) =>
        new(new VerificationRecipe { Name = name, Seed = seed }, History(epochs), new VerificationResult(0.5, validation, test, ScoreDirection.LowerMeansSame), 10 + seed);

    private static TrainingHistory History(int epochs)
    {
        var history = new TrainingHistory();
        for (var e = 1; e <= epochs; e++)
        {
            history.Add(new EpochRecord(e, 1.0 / e, null, new Dictionary<string, double>(), 1e-3, 1));
        }
        return history;
    }

    [Theory]
    [InlineData(new double[] { 0.5 }, 0)]
    [InlineData(new double[] { 1, 3 }, 1.4142135623730951)]
    [InlineData(new double[] { 2, 4, 4, 4, 5, 5, 7, 9 }, 2.138089935299395)]
    public void StandardDeviationIsTheSampleOne(double[] values, double expected) =>
        Assert.Equal(expected, Ablation.StandardDeviation(values), 12);

    [Fact]
    public void SummarizeAveragesPerTechniqueInFirstSeenOrder()
    {
        var rows = Ablation.Summarize([
            Outcome("baseline", 0, 0.80, 0.70), Outcome("+ x", 0, 0.9, 0.9, epochs: 2), Outcome("baseline", 1, 0.90, 0.90),
        ]);
        Assert.Equal(["baseline", "+ x"], rows.Select(r => r.Technique));
        var b = rows[0];
        Assert.Equal(0.85, b.ValidationAccuracy, 12);
        Assert.Equal(0.80, b.TestAccuracy, 12);
        Assert.Equal(Math.Sqrt(0.02), b.Spread, 12);
        Assert.Equal((2, 4.0, 10.5), (b.Seeds, b.Epochs, b.Seconds));
        Assert.Equal((0.0, 1, 2.0), (rows[1].Spread, rows[1].Seeds, rows[1].Epochs));
    }

    [Fact]
    public void JsonRowsCarryTheRequiredKeys()
    {
        var json = Ablation.ToJson([new AblationRow("baseline", 0.8, 0.75, 0.02, 3, 20, 12.5)]);
        var row = json[0]!.AsObject();
        Assert.Equal("baseline", row["technique"]!.GetValue<string>());
        Assert.Equal(0.8, row["val_accuracy"]!.GetValue<double>());
        Assert.Equal(0.75, row["test_accuracy"]!.GetValue<double>());
        Assert.Equal(0.02, row["spread"]!.GetValue<double>());
        Assert.Equal(3, row["seeds"]!.GetValue<int>());
    }

    [Fact]
    public void EachVariantChangesOneThingAgainstTheBaseline()
    {
        var baseline = new VerificationRecipe { Epochs = 18 };
        var variants = Ablation.Variants(baseline);
        Assert.Equal("baseline", variants[0].Name);
        Assert.Equal(variants.Count, variants.Select(v => v.Name).Distinct().Count());
        static VerificationRecipe Strip(VerificationRecipe r) => r with { Name = "" };
        var reference = Strip(variants[0]);
        Assert.Equal(reference with { Augmentation = Ablation.FaceAugmentation }, Strip(variants.Single(v => v.Name == "+ augmentation")));
        Assert.Equal(reference with { WeightDecay = 1e-3 }, Strip(variants.Single(v => v.Name == "+ L2 (weight decay)")));
        Assert.Equal(reference with { EarlyStoppingPatience = 4 }, Strip(variants.Single(v => v.Name == "+ early stopping")));
        Assert.Equal(reference with { Objective = TrainingObjective.TripletSemiHard }, Strip(variants.Single(v => v.Name == "triplet, semi-hard")));
        Assert.NotNull(variants.Single(v => v.Name == "+ ReduceLROnPlateau").PlateauPatience);
    }
}
