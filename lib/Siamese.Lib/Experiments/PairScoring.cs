using Siamese.Lib.Data;
using Siamese.Lib.Evaluation;
using Siamese.Lib.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Experiments;

/// <summary>
/// Scores of fixed pairs and embeddings of fixed images under a trained encoder, in evaluation mode without
/// gradients and in batches, and the verification accuracy they give: threshold chosen on the validation pairs,
/// applied unchanged to the test pairs. Pair scores are Euclidean distances of the embeddings (lower = same).
/// </summary>
public static class PairScoring
{
    /// <summary>Images per forward pass when scoring.</summary>
    public const int DefaultBatchSize = 256;

    /// <summary>Embeddings (N, D) of <paramref name="indices"/>' images on the CPU.</summary>
    /// <param name="encoder">The encoder (the twin).</param>
    /// <param name="dataset">The images.</param>
    /// <param name="indices">Image indices.</param>
    /// <param name="device">Where the encoder lives; null for the CPU.</param>
    /// <param name="batchSize">Images per forward pass.</param>
    public static Tensor Embeddings(nn.Module<Tensor, Tensor> encoder, ImageDataset dataset, IReadOnlyList<int> indices, Device? device = null,
                                    int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(dataset);
        var wasTraining = encoder.training;
        encoder.eval();
        try
        {
            using var noGrad = no_grad();
            using var scope = NewDisposeScope();
            var parts = indices.Chunk(batchSize)
                .Select(chunk => encoder.call(ImageBatcher.ToTensor(dataset, chunk, device ?? CPU)).cpu())
                .ToList();
            return cat(parts).MoveToOuterDisposeScope();
        }
        finally
        {
            encoder.train(wasTraining);
        }
    }

    /// <summary>Euclidean distances between the embeddings of each pair's two images.</summary>
    /// <param name="encoder">The encoder.</param>
    /// <param name="dataset">The images.</param>
    /// <param name="pairs">The pairs.</param>
    /// <param name="device">Where the encoder lives; null for the CPU.</param>
    public static double[] Distances(nn.Module<Tensor, Tensor> encoder, ImageDataset dataset, IReadOnlyList<ImagePair> pairs, Device? device = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        // Each distinct image is embedded once, then pairs index the embedding matrix.
        var distinct = pairs.SelectMany(p => new[] { p.Left, p.Right }).Distinct().ToArray();
        var row = distinct.Select((image, i) => (image, i)).ToDictionary(x => x.image, x => (long)x.i);
        using var scope = NewDisposeScope();
        var embeddings = Embeddings(encoder, dataset, distinct, device);
        var left = embeddings.index_select(0, tensor(pairs.Select(p => row[p.Left]).ToArray()));
        var right = embeddings.index_select(0, tensor(pairs.Select(p => row[p.Right]).ToArray()));
        return (left - right).square().sum(1).sqrt().to(ScalarType.Float64).data<double>().ToArray();
    }

    /// <summary>
    /// Verification accuracy of <paramref name="encoder"/> on <paramref name="data"/>: the distance threshold that
    /// classifies the validation pairs best, and the accuracy of that threshold on the test pairs.
    /// </summary>
    /// <param name="encoder">The encoder.</param>
    /// <param name="data">The task.</param>
    /// <param name="device">Where the encoder lives; null for the CPU.</param>
    public static VerificationResult Evaluate(nn.Module<Tensor, Tensor> encoder, VerificationData data, Device? device = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var validation = Distances(encoder, data.Images, data.ValidationPairs, device);
        var test = Distances(encoder, data.Images, data.TestPairs, device);
        return Verification.Evaluate(validation, Same(data.ValidationPairs), test, Same(data.TestPairs), ScoreDirection.LowerMeansSame);
    }

    /// <summary>Best-threshold accuracy on the validation pairs alone (a per-epoch validation metric).</summary>
    /// <param name="encoder">The encoder.</param>
    /// <param name="data">The task.</param>
    /// <param name="device">Where the encoder lives; null for the CPU.</param>
    public static double ValidationAccuracy(nn.Module<Tensor, Tensor> encoder, VerificationData data, Device? device = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var validation = Distances(encoder, data.Images, data.ValidationPairs, device);
        return Verification.ChooseThreshold(validation, Same(data.ValidationPairs), ScoreDirection.LowerMeansSame).Accuracy;
    }

    /// <summary>Whether each pair is of one class.</summary>
    /// <param name="pairs">The pairs.</param>
    public static bool[] Same(IReadOnlyList<ImagePair> pairs) => [.. pairs.Select(p => p.Similar)];
}
