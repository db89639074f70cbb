using static TorchSharp.torch;

namespace Siamese.Lib.Experiments;

/// <summary>
/// The budgets of the model comparison per run profile, shared by the notebook (03-model-comparison) and the
/// command-line experiment so that both produce the same numbers. quick: a smoke run for CI (seconds per model);
/// default: a learner's laptop CPU (the notebook under 15 minutes); full: longer training for a GPU.
/// </summary>
public static class ComparisonProfiles
{
    /// <summary>Pairs per step on MNIST.</summary>
    public const int ImageBatchSize = 64;

    /// <summary>Pairs per step on SICK (4,500 training pairs: 140 steps per pass).</summary>
    public const int TextBatchSize = 32;

    /// <summary>
    /// SICK's "related" cut: a gold relatedness of at least 3.5 on the 1–5 scale (about 59% of the pairs in every
    /// split), between "somewhat" (3) and "mostly" related (4).
    /// </summary>
    public const double SickRelatedCut = 3.5;

    /// <summary>The budget on MNIST pairs.</summary>
    public static ComparisonBudget Images(RunProfile profile, long seed = 0, Device? device = null) => new(
        Epochs: Profile.Pick(profile, quick: 2, standard: 6, full: 20),
        BatchesPerEpoch: Profile.Pick(profile, quick: 20, standard: 120, full: 500),
        BatchSize: ImageBatchSize,
        Seed: seed,
        Device: device);

    /// <summary>Validation and test pairs on MNIST (each).</summary>
    public static int ImageEvaluationPairs(RunProfile profile) => Profile.Pick(profile, quick: 500, standard: 2000, full: 5000);

    /// <summary>The budget on SICK pairs (the same for the three encoders).</summary>
    public static ComparisonBudget Text(RunProfile profile, long seed = 0, Device? device = null) => new(
        Epochs: Profile.Pick(profile, quick: 2, standard: 8, full: 30),
        BatchesPerEpoch: Profile.Pick(profile, quick: 25, standard: 140, full: 140),
        BatchSize: TextBatchSize,
        Seed: seed,
        Device: device);

    /// <summary>SICK test pairs scored: the first 1,000 in quick (a smoke run), all 4,927 otherwise.</summary>
    public static int SickTestPairs(RunProfile profile) => Profile.Pick(profile, quick: 1000, standard: int.MaxValue, full: int.MaxValue);
}
