using System.Text.Json.Nodes;
using Siamese.Lib.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Experiments;

/// <summary>
/// Notebook 02's ablation: the baseline recipe, then one technique switched on at a time (augmentation, a
/// plateau schedule, early stopping, L2 regularisation, the triplet objectives), each trained with several seeds
/// and summarised as an <see cref="AblationRow"/>. Seeds matter here: on a dozen held-out people, two runs of the
/// same recipe differ by a few points, so a single run cannot tell a real gain from luck.
/// </summary>
public static class Ablation
{
    /// <summary>L2 strength of the weight-decay row: Adam's weight_decay 1e-3, a common default that visibly shrinks weights in a few hundred steps.</summary>
    public const double WeightDecay = 1e-3;

    /// <summary>Early-stopping patience as a fraction of the epoch budget (a quarter, at least <see cref="MinPatience"/> epochs).</summary>
    private const int PatienceDivisor = 4;

    /// <summary>Fewest epochs without improvement before stopping: one bad epoch is often noise on six people.</summary>
    private const int MinPatience = 2;

    /// <summary>The augmentation of the ablation: Koch-style affine distortion, small rotation, shifts and brightness/contrast jitter (faces may also flip).</summary>
    public static AugmentationOptions FaceAugmentation { get; } = new()
    {
        KochAffine = new KochAffineOptions(MaxRotationDegrees: 10, MaxShear: 0.1, MinScale: 0.9, MaxScale: 1.1, MaxTranslation: 2),
        CropPadding = 2,
        Brightness = 0.2,
        Contrast = 0.2,
        HorizontalFlipProbability = 0.5,
    };

    /// <summary>The baseline and one variant per technique, named for the table.</summary>
    /// <param name="baseline">The baseline recipe.</param>
    public static IReadOnlyList<VerificationRecipe> Variants(VerificationRecipe baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var patience = Math.Max(MinPatience, baseline.Epochs / PatienceDivisor);
        return
        [
            baseline with { Name = "baseline" },
            baseline with { Name = "+ augmentation", Augmentation = FaceAugmentation },
            baseline with { Name = "+ ReduceLROnPlateau", PlateauPatience = Math.Max(1, patience / 2) },
            baseline with { Name = "+ early stopping", EarlyStoppingPatience = patience },
            baseline with { Name = "+ L2 (weight decay)", WeightDecay = Ablation.WeightDecay },
            baseline with { Name = "triplet, batch-hard", Objective = TrainingObjective.TripletBatchHard },
            baseline with { Name = "triplet, semi-hard", Objective = TrainingObjective.TripletSemiHard },
            baseline with
            {
                Name = "all (aug + plateau + early stop + L2)", Augmentation = FaceAugmentation, PlateauPatience = Math.Max(1, patience / 2),
                EarlyStoppingPatience = 2 * patience, WeightDecay = Ablation.WeightDecay,
            },
        ];
    }

    /// <summary>Trains every recipe with each seed (seed added to the recipe's) and returns all outcomes.</summary>
    /// <param name="recipes">The recipes.</param>
    /// <param name="data">The task.</param>
    /// <param name="seeds">Runs per recipe.</param>
    /// <param name="device">Where to train.</param>
    /// <param name="progress">Show a progress bar per run.</param>
    /// <param name="log">Called with each finished run.</param>
    public static IReadOnlyList<VerificationOutcome> Run(IEnumerable<VerificationRecipe> recipes, VerificationData data, int seeds,
                                                         Device? device = null, bool progress = true, Action<VerificationOutcome>? log = null)
    {
        ArgumentNullException.ThrowIfNull(recipes);
        ArgumentOutOfRangeException.ThrowIfLessThan(seeds, 1);
        var outcomes = new List<VerificationOutcome>();
        foreach (var recipe in recipes)
        {
            for (var s = 0; s < seeds; s++)
            {
                var outcome = VerificationRun.Run(recipe with { Seed = recipe.Seed + s }, data, device, progress);
                log?.Invoke(outcome);
                outcomes.Add(outcome);
            }
        }
        return outcomes;
    }

    /// <summary>One row per recipe name, in first-seen order: means over its runs and the spread of the test accuracy.</summary>
    /// <param name="outcomes">Runs (several per name for several seeds).</param>
    public static IReadOnlyList<AblationRow> Summarize(IEnumerable<VerificationOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return outcomes.GroupBy(o => o.Recipe.Name).Select(g =>
        {
            var test = g.Select(o => o.Verification.TestAccuracy).ToArray();
            return new AblationRow(g.Key, g.Average(o => o.Verification.ValidationAccuracy), test.Average(), StandardDeviation(test), test.Length,
                                   g.Average(o => (double)o.EpochsRun), g.Average(o => o.Seconds));
        }).ToList();
    }

    /// <summary>
    /// The rows as the results file's <c>ablation</c> list: objects with technique, val_accuracy, test_accuracy,
    /// spread, seeds, epochs and seconds.
    /// </summary>
    /// <param name="rows">The rows.</param>
    public static JsonArray ToJson(IEnumerable<AblationRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new JsonArray([.. rows.Select(r => (JsonNode)new JsonObject
        {
            ["technique"] = r.Technique,
            ["val_accuracy"] = r.ValidationAccuracy,
            ["test_accuracy"] = r.TestAccuracy,
            ["spread"] = r.Spread,
            ["seeds"] = r.Seeds,
            ["epochs"] = r.Epochs,
            ["seconds"] = r.Seconds,
        })]);
    }

    /// <summary>Sample standard deviation (n − 1); 0 for fewer than two values.</summary>
    /// <param name="values">The values.</param>
    public static double StandardDeviation(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < 2)
        {
            return 0;
        }
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }
}
