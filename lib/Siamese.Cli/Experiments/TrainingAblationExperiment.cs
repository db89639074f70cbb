using Siamese.Lib.Experiments;

namespace Siamese.Cli.Experiments;

/// <summary>
/// Notebook 02's ablation: baseline, then augmentation, ReduceLROnPlateau, early stopping, L2 and the triplet
/// objectives one at a time, several seeds each, on AT&amp;T face verification of unseen people.
/// </summary>
public sealed class TrainingAblationExperiment : IExperiment
{
    /// <inheritdoc />
    public string Name => "training-ablation";

    /// <inheritdoc />
    public string Description => "notebook 02: ablation of augmentation, LR plateau, early stopping, L2, triplet mining (AT&T faces)";

    /// <inheritdoc />
    public ExperimentResults Run(ExperimentContext context)
    {
        var results = new ExperimentResults("02-training-and-optimization", context.Profile);
        var data = FaceVerificationSetup.LoadAblation(context.Profile, (ulong)context.Seed);
        var baseline = FaceVerificationSetup.AblationBaseline(context.Profile) with { Seed = context.Seed };
        var outcomes = Ablation.Run(Ablation.Variants(baseline), data, FaceVerificationSetup.AblationSeeds(context.Profile), context.Device, progress: false,
            log: o => context.Log($"{o.Recipe.Name,-40} seed {o.Recipe.Seed}  val {o.Verification.ValidationAccuracy:P1}  test {o.Verification.TestAccuracy:P1}  {o.EpochsRun} epochs  {o.Seconds:F0} s"));
        var rows = Ablation.Summarize(outcomes);
        foreach (var r in rows)
        {
            context.Log($"{r.Technique,-40} val {r.ValidationAccuracy:P1}  test {r.TestAccuracy:P1} ± {r.Spread:P1}");
        }
        return results.Set("ablation", Ablation.ToJson(rows));
    }
}
