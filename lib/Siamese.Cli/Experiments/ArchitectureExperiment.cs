using Siamese.Lib.Experiments;
using Siamese.Lib.Models;

namespace Siamese.Cli.Experiments;

/// <summary>
/// Notebook 01's first training: a small Siamese CNN with the contrastive loss on AT&amp;T face pairs, judged on
/// people it never saw (threshold from the validation people, accuracy on the test people).
/// </summary>
public sealed class ArchitectureExperiment : IExperiment
{
    /// <inheritdoc />
    public string Name => "architecture";

    /// <inheritdoc />
    public string Description => "notebook 01: Siamese CNN, contrastive loss, AT&T face verification on unseen people";

    /// <inheritdoc />
    public ExperimentResults Run(ExperimentContext context)
    {
        var results = new ExperimentResults("01-siamese-architecture", context.Profile);
        var data = FaceVerificationSetup.Load(context.Profile, (ulong)context.Seed);
        var recipe = FaceVerificationSetup.FirstTraining(context.Profile) with { Seed = context.Seed };
        context.Log($"{data.Images.Name}: {data.Split.Train.Count} training people, {data.Split.Validation.Count} validation, {data.Split.Test.Count} test");
        var outcome = VerificationRun.Run(recipe, data, context.Device);
        foreach (var e in outcome.History.Epochs)
        {
            context.Log($"epoch {e.Epoch,2}  loss {e.TrainLoss:F4}  val loss {e.ValidationLoss:F4}  val accuracy {e.Get(VerificationRun.AccuracyKey):P1}  {e.Seconds:F1} s");
        }
        var v = outcome.Verification;
        context.Log($"threshold {v.Threshold:F3}: validation {v.ValidationAccuracy:P1}, test {v.TestAccuracy:P1} ({outcome.Seconds:F0} s)");
        return results
            .Set("verification_accuracy", v.TestAccuracy)
            .Set("validation_accuracy", v.ValidationAccuracy)
            .Set("threshold", v.Threshold)
            .Set("train_seconds", outcome.Seconds)
            .Set("train_loss", outcome.History.Epochs.Select(r => r.TrainLoss).ToArray());
    }
}
