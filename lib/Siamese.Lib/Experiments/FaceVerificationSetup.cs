using Siamese.Lib.Data;

namespace Siamese.Lib.Experiments;

/// <summary>
/// The face-verification task of notebooks 01 and 02 and its budget per run profile, in one place so that the
/// notebooks and the command-line experiments measure the same thing. AT&amp;T faces: 40 people, 10 images each;
/// <see cref="ValidationPeople"/> and <see cref="TestPeople"/> people are held out entirely, so the network is
/// judged on faces of people it never saw, which is the point of a Siamese network.
/// </summary>
public static class FaceVerificationSetup
{
    /// <summary>People held out for validation (threshold, early stopping, model choice).</summary>
    public const int ValidationPeople = 6;

    /// <summary>People held out for the test.</summary>
    public const int TestPeople = 6;

    /// <summary>Image side: the 92×92 centre square averaged down by two; a quarter of the pixels, enough for a face.</summary>
    public const int Side = 46;

    /// <summary>
    /// Image side of notebook 02's ablation: its many runs (every technique, several seeds) fit a laptop budget only
    /// with smaller images and a narrower encoder (about a sixth of the baseline's work per step).
    /// </summary>
    public const int AblationSide = 32;

    /// <summary>Balanced evaluation pairs drawn from each held-out group.</summary>
    public static int EvaluationPairs(RunProfile profile) => Profile.Pick(profile, quick: 400, standard: 1000, full: 2000);

    /// <summary>The task (images resized, people split, evaluation pairs drawn).</summary>
    /// <param name="profile">The run profile.</param>
    /// <param name="seed">Seed of the split and the pairs.</param>
    /// <param name="locator">Where the data lie; null for the default.</param>
    public static VerificationData Load(RunProfile profile, ulong seed = 0, DataLocator? locator = null) =>
        VerificationData.AttFaces(Side, ValidationPeople, TestPeople, EvaluationPairs(profile), seed, locator);

    /// <summary>The ablation's task: the same people split as <see cref="Load"/>, images of <see cref="AblationSide"/> pixels.</summary>
    /// <param name="profile">The run profile.</param>
    /// <param name="seed">Seed of the split and the pairs.</param>
    /// <param name="locator">Where the data lie; null for the default.</param>
    public static VerificationData LoadAblation(RunProfile profile, ulong seed = 0, DataLocator? locator = null) =>
        VerificationData.AttFaces(AblationSide, ValidationPeople, TestPeople, EvaluationPairs(profile), seed, locator);

    /// <summary>
    /// The ablation's baseline: contrastive loss, a narrower encoder (8 and 16 channels, 64 hidden units), batches of 16
    /// pairs (or 4 people × 8 photos, the same 32 images), the profile's epochs.
    /// </summary>
    /// <param name="profile">The run profile.</param>
    public static VerificationRecipe AblationBaseline(RunProfile profile) => new()
    {
        Channels = (8, 16),
        HiddenSize = 64,
        PairsPerBatch = 16,
        ClassesPerBatch = 4,
        ImagesPerClass = 8,
        Epochs = Profile.Pick(profile, quick: 3, standard: 16, full: 40),
        BatchesPerEpoch = Profile.Pick(profile, quick: 5, standard: 8, full: 30),
    };

    /// <summary>Seeds per ablation row: one in the quick profile (no spread), five by default and in full.</summary>
    /// <param name="profile">The run profile.</param>
    public static int AblationSeeds(RunProfile profile) => Profile.Pick(profile, quick: 1, standard: 5, full: 5);

    /// <summary>The baseline recipe: contrastive loss, Adam 1e-3, the profile's epochs.</summary>
    /// <param name="profile">The run profile.</param>
    public static VerificationRecipe Baseline(RunProfile profile) => new()
    {
        Epochs = Profile.Pick(profile, quick: 3, standard: 15, full: 60),
        BatchesPerEpoch = Profile.Pick(profile, quick: 6, standard: 20, full: 40),
    };

    /// <summary>
    /// Notebook 01's first training: <see cref="Baseline"/> with <see cref="Ablation.FaceAugmentation"/>. Raw pixel
    /// distance already verifies AT&amp;T photos as taken (same background and light per person); what training
    /// buys shows on photos that differ (<see cref="PairImages.Perturbed"/>), and only a network trained with
    /// augmentation learns to ignore a shift or other light.
    /// </summary>
    /// <param name="profile">The run profile.</param>
    public static VerificationRecipe FirstTraining(RunProfile profile) =>
        Baseline(profile) with { Augmentation = Ablation.FaceAugmentation };
}
