using Siamese.Lib.Data;
using Siamese.Lib.Experiments;
using Siamese.Lib.Models;
using TorchSharp;

namespace Siamese.Cli.Experiments;

/// <summary>
/// The experiment of notebook 03-model-comparison: CNN, LSTM and Transformer Siamese networks trained with the same
/// budget on MNIST pairs (the sequence models read the 28 pixel rows as 28 steps) and on SICK sentence pairs as a
/// "related (score ≥ 3.5) or not" task over frozen GloVe 6B 50d vectors; parameters, training seconds, test accuracy
/// and AUC per model, and how much each text model relies on word order (AUC with the words of every test sentence
/// shuffled).
/// </summary>
public sealed class CompareExperiment : IExperiment
{
    /// <inheritdoc />
    public string Name => "compare";

    /// <inheritdoc />
    public string Description => "CNN vs LSTM vs Transformer Siamese networks, same budget, MNIST pairs and SICK: params, time, accuracy, AUC";

    /// <inheritdoc />
    public ExperimentResults Run(ExperimentContext context)
    {
        var results = new ExperimentResults("03-model-comparison", context.Profile);
        var kinds = Enum.GetValues<EncoderKind>();
        var runs = new List<ComparisonRun>();

        var images = ImagePairTask.Create("MNIST pairs", MnistLoader.Load(train: true), MnistLoader.Load(train: false),
            ComparisonProfiles.ImageEvaluationPairs(context.Profile), seed: (ulong)context.Seed + 1);
        var imageBudget = ComparisonProfiles.Images(context.Profile, context.Seed, context.Device);
        context.Log($"{images.Name}: {imageBudget.TrainingPairs} training pairs per model, {images.Test.Count} test pairs");
        foreach (var kind in kinds)
        {
            using var network = ComparisonModels.ForImages(kind, MnistLoader.ImageSize, context.Seed);
            runs.Add(Report(context, ModelComparison.Run(ComparisonModels.Name(kind), network, images, imageBudget, context.Log)));
        }

        var (text, shuffledTest, maxLength) = SickTask(context);
        var textBudget = ComparisonProfiles.Text(context.Profile, context.Seed, context.Device);
        context.Log($"{text.Name}: {textBudget.TrainingPairs} training pairs per model, {text.Test.Count} test pairs");
        var orderAuc = new Dictionary<string, double>();
        foreach (var kind in kinds)
        {
            using var network = ComparisonModels.ForSequences(kind, WordVectorsDimension, maxLength, context.Seed);
            var run = Report(context, ModelComparison.Run(ComparisonModels.Name(kind), network, text, textBudget, context.Log));
            runs.Add(run);
            var shuffled = ModelComparison.Evaluate(network, text with { Test = shuffledTest }, context.Device);
            orderAuc[run.Model] = shuffled.Auc;
            context.Log($"  {run.Model}: test AUC {run.Auc:F4}, with the words of each sentence shuffled {shuffled.Auc:F4}");
        }

        return results
            .Set("models", runs.Select(r => r.ToResultRow()).ToArray())
            .Set("sick_shuffled_words_auc", orderAuc);
    }

    private const int WordVectorsDimension = 50;

    private static ComparisonRun Report(ExperimentContext context, ComparisonRun run)
    {
        context.Log($"  {run.Model} on {run.Task}: {run.Parameters:N0} parameters, {run.TrainSeconds:F1} s ({run.CpuSeconds:F1} CPU s), test accuracy {run.Accuracy:P2}, " +
                    $"AUC {run.Auc:F4}{(run.Evaluation.Spearman is { } rho ? $", Spearman {rho:F4}" : "")}");
        return run;
    }

    private static (PairTask<SequenceInput> Task, EvaluationPairs<SequenceInput> ShuffledTest, int MaxLength) SickTask(ExperimentContext context)
    {
        var (train, trial, test) = (SickLoader.LoadSemEval("train"), SickLoader.LoadSemEval("trial"),
            SickLoader.LoadSemEval("test").Take(ComparisonProfiles.SickTestPairs(context.Profile)).ToArray());
        var tokenizer = new Tokenizer();
        var sentences = train.Concat(trial).Concat(test).SelectMany(p => new[] { p.SentenceA, p.SentenceB }).Select(tokenizer.Tokenize).ToArray();
        var vocabulary = Vocabulary.Build(sentences);
        var vectors = WordVectors.LoadGlove6B50d(vocabulary.Tokens.ToHashSet());
        var embeddings = EmbeddingMatrix.Build(vocabulary, vectors, seed: (ulong)context.Seed);
        context.Log($"SICK: {train.Count}/{trial.Count}/{test.Length} pairs, vocabulary {vocabulary.Count}, {embeddings.Report}");
        var cut = ComparisonProfiles.SickRelatedCut;
        var task = SentencePairTask.Create($"SICK related (≥ {cut})", train, trial, test, vocabulary, embeddings, cut, tokenizer);
        var shuffled = SentencePairTask.Evaluation("SICK test, words shuffled", test, vocabulary, embeddings, cut, tokenizer, shuffleWordsSeed: (ulong)context.Seed + 7);
        return (task, shuffled, sentences.Max(s => s.Count));
    }
}
