using Siamese.Lib.Evaluation;
using Siamese.Lib.Training;

namespace Siamese.Lib.Experiments;

/// <summary>What one <see cref="VerificationRun"/> measured.</summary>
/// <param name="Recipe">The settings.</param>
/// <param name="History">Loss (and validation accuracy, key "accuracy") per epoch.</param>
/// <param name="Verification">Threshold from validation pairs, validation and test accuracy.</param>
/// <param name="Seconds">Wall-clock training time.</param>
public sealed record VerificationOutcome(VerificationRecipe Recipe, TrainingHistory History, VerificationResult Verification, double Seconds)
{
    /// <summary>Epochs actually run (fewer than the recipe's when stopped early).</summary>
    public int EpochsRun => History.Epochs.Count;
}
