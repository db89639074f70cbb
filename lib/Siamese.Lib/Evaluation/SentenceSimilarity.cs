using Siamese.Lib.Data;
using Siamese.Lib.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Evaluation;

/// <summary>
/// Scores a <see cref="SentencePairSet"/> with a Siamese sequence model and compares the scores with the
/// human ones: how the MaLSTM paper evaluates on SICK (Pearson, Spearman and MSE on the 1–5 scale).
/// </summary>
public static class SentenceSimilarity
{
    /// <summary>Pairs per forward pass when predicting (memory only; results do not depend on it).</summary>
    public const int DefaultBatchSize = 512;

    /// <summary>
    /// The model's output for every pair of <paramref name="set"/>, in set order (for MaLSTM the similarity
    /// exp(−L1) ∈ (0, 1]). Runs in eval mode without gradients and restores the model's mode afterwards.
    /// </summary>
    public static double[] Predict(nn.Module<SequenceInput, SequenceInput, Tensor> model, SentencePairSet set,
        Device? device = null, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(set);
        var wasTraining = model.training;
        model.eval();
        try
        {
            using var noGrad = no_grad();
            var result = new List<double>(set.Count);
            using var batches = set.Batches(batchSize, shuffle: null, maxLength: null, device: device).GetEnumerator();
            while (true)
            {
                // The scope opens before the batch is made, so its index and mask tensors are freed with it.
                using var scope = NewDisposeScope();
                if (!batches.MoveNext())
                {
                    break;
                }
                var batch = batches.Current;
                result.AddRange(HostArrays.ToArray<double>(model.call(batch.Left, batch.Right).to(ScalarType.Float64, CPU)));
            }
            return result.ToArray();
        }
        finally
        {
            model.train(wasTraining);
        }
    }

    /// <summary>
    /// The mean of <paramref name="models"/>' outputs for every pair of <paramref name="set"/> (an ensemble: for MaLSTMs
    /// the mean similarity), in set order.
    /// </summary>
    public static double[] PredictMean(IReadOnlyList<nn.Module<SequenceInput, SequenceInput, Tensor>> models, SentencePairSet set,
        Device? device = null, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(models);
        if (models.Count == 0)
        {
            throw new ArgumentException("An ensemble needs at least one model.", nameof(models));
        }
        var sum = new double[set.Count];
        foreach (var model in models)
        {
            var predicted = Predict(model, set, device, batchSize);
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += predicted[i] / models.Count;
            }
        }
        return sum;
    }

    /// <summary>
    /// Maps similarities in [0, 1] to the gold scale [<paramref name="minScore"/>, <paramref name="maxScore"/>]
    /// (the inverse of the training target (score − min)/(max − min)): 1 + 4·s for SICK.
    /// </summary>
    public static double[] ToScores(IReadOnlyList<double> similarities, double minScore = SickLoader.MinScore, double maxScore = SickLoader.MaxScore) =>
        similarities.Select(s => minScore + (maxScore - minScore) * s).ToArray();

    /// <summary>
    /// Pearson, Spearman and MSE of <paramref name="predictedScores"/> (on the gold scale) against the gold
    /// scores of <paramref name="set"/>.
    /// </summary>
    public static RegressionMetrics Evaluate(IReadOnlyList<double> predictedScores, SentencePairSet set)
    {
        ArgumentNullException.ThrowIfNull(predictedScores);
        ArgumentNullException.ThrowIfNull(set);
        if (predictedScores.Count != set.Count)
        {
            throw new ArgumentException($"{predictedScores.Count} predictions for {set.Count} pairs.", nameof(predictedScores));
        }
        return RegressionMetrics.Compute(predictedScores, set.Scores.Select(s => (double)s).ToArray());
    }
}
