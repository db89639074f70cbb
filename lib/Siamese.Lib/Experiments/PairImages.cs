using Siamese.Lib.Data;
using Siamese.Lib.Evaluation;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Experiments;

/// <summary>
/// The validation and test pairs of a <see cref="VerificationData"/> as image tensors (pairs, 1, H, W), either as
/// photographed or with the right image of every pair perturbed by one fixed random draw of an
/// <see cref="AugmentationOptions"/> (a shift, a turn, other light: what a second camera would do). Notebook 01
/// uses both views to show what training buys over raw pixel distance, which is already a strong verifier on
/// AT&amp;T faces because one person's photos share background and lighting.
/// </summary>
public sealed class PairImages : IDisposable
{
    private readonly Tensor validationLeft, validationRight, testLeft, testRight;
    private readonly bool[] validationSame, testSame;

    private PairImages(VerificationData data, AugmentationOptions? perturbation, ulong seed)
    {
        validationSame = PairScoring.Same(data.ValidationPairs);
        testSame = PairScoring.Same(data.TestPairs);
        validationLeft = Side(data, data.ValidationPairs, p => p.Left, null);
        testLeft = Side(data, data.TestPairs, p => p.Left, null);
        // Validation and test get different draws, so the threshold is not fitted to the test perturbations.
        validationRight = Side(data, data.ValidationPairs, p => p.Right, perturbation is null ? null : new ImageAugmenter(perturbation, seed));
        testRight = Side(data, data.TestPairs, p => p.Right, perturbation is null ? null : new ImageAugmenter(perturbation, seed + 1));
    }

    /// <summary>The pairs as photographed.</summary>
    /// <param name="data">The verification task.</param>
    public static PairImages Clean(VerificationData data) => new(Check(data), null, 0);

    /// <summary>The pairs with each right image perturbed by <paramref name="perturbation"/>.</summary>
    /// <param name="data">The verification task.</param>
    /// <param name="perturbation">The random transforms (for example <see cref="Ablation.FaceAugmentation"/>).</param>
    /// <param name="seed">Seed of the draws (validation uses it, test uses seed + 1).</param>
    public static PairImages Perturbed(VerificationData data, AugmentationOptions perturbation, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(perturbation);
        return new(Check(data), perturbation, seed);
    }

    /// <summary>Whether each test pair shows one person.</summary>
    public IReadOnlyList<bool> TestSame => testSame;

    /// <summary>The right images of the test pairs, (pairs, 1, H, W): what the perturbation did.</summary>
    public Tensor TestRight => testRight;

    /// <summary>The left images of the test pairs, (pairs, 1, H, W).</summary>
    public Tensor TestLeft => testLeft;

    /// <summary>Euclidean distance of every test pair's embeddings; null <paramref name="encoder"/> means raw pixels.</summary>
    /// <param name="encoder">Maps (n, 1, H, W) to (n, D); run in eval mode without gradients, its mode restored.</param>
    public double[] TestDistances(nn.Module<Tensor, Tensor>? encoder) => Distances(encoder, testLeft, testRight);

    /// <summary>
    /// Verification with <paramref name="encoder"/> (null: raw pixels): threshold chosen on the validation pairs,
    /// accuracy of that threshold on the test pairs.
    /// </summary>
    /// <param name="encoder">The encoder, or null for the pixel distance.</param>
    public VerificationResult Evaluate(nn.Module<Tensor, Tensor>? encoder) => Verification.Evaluate(
        Distances(encoder, validationLeft, validationRight), validationSame,
        TestDistances(encoder), testSame, ScoreDirection.LowerMeansSame);

    /// <summary>ROC AUC of <paramref name="encoder"/>'s distances on the test pairs (null: raw pixels).</summary>
    /// <param name="encoder">The encoder, or null for the pixel distance.</param>
    public double TestAuc(nn.Module<Tensor, Tensor>? encoder) =>
        RocCurve.Compute(TestDistances(encoder), testSame, ScoreDirection.LowerMeansSame).Auc;

    /// <inheritdoc />
    public void Dispose()
    {
        validationLeft.Dispose();
        validationRight.Dispose();
        testLeft.Dispose();
        testRight.Dispose();
    }

    private static VerificationData Check(VerificationData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data;
    }

    private static Tensor Side(VerificationData data, IReadOnlyList<ImagePair> pairs, Func<ImagePair, int> pick,
                               ImageAugmenter? augmenter) =>
        PairBatches.Images(data.Images, pairs.Select(pick).ToArray(), CPU, augmenter);

    private static double[] Distances(nn.Module<Tensor, Tensor>? encoder, Tensor left, Tensor right)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var wasTraining = encoder?.training ?? false;
        encoder?.eval();
        // (pairs, D): an encoder's embeddings, or the flattened pixels.
        var a = encoder is null ? left.flatten(1) : encoder.call(left);
        var b = encoder is null ? right.flatten(1) : encoder.call(right);
        if (wasTraining)
        {
            encoder!.train();
        }
        return HostArrays.ToArray<double>((a - b).square().sum(1).sqrt().to(ScalarType.Float64));
    }
}
