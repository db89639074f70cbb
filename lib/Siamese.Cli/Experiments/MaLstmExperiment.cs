using Siamese.Lib.Data;
using Siamese.Lib.Evaluation;
using Siamese.Lib.Experiments;
using Siamese.Lib.Losses;
using Siamese.Lib.Models;
using Siamese.Lib.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Cli.Experiments;

/// <summary>
/// Notebook 04 headless: MaLSTM (Mueller &amp; Thyagarajan 2016) on SICK with GloVe vectors. Trains on the SemEval
/// train split, keeps the epoch with the best Pearson's r on the trial split, and reports Pearson, Spearman and MSE
/// on the test split (the paper: 0.8822 / 0.8345 / 0.2286) and Pearson/Spearman on the STS Benchmark test split.
/// The settings are <see cref="MaLstmRecipe.ForProfile"/>; the environment variable <c>SIAMESE_MALSTM</c> overrides
/// some of them (<c>SIAMESE_MALSTM="epochs=50,optimizer=adam,lr=0.001"</c>); <c>SIAMESE_MALSTM=synonyms=10000</c> adds the
/// paper's WordNet synonym pairs to the training split (<see cref="MaLstmRecipe.SynonymPairs"/>).
/// </summary>
public sealed class MaLstmExperiment : IExperiment
{
    /// <summary>The environment variable with recipe overrides.</summary>
    public const string OverridesVariable = "SIAMESE_MALSTM";

    /// <inheritdoc />
    public string Name => "malstm";

    /// <inheritdoc />
    public string Description => "MaLSTM on SICK with GloVe (notebook 04): Pearson/Spearman/MSE on SICK test, STS-B test";

    /// <inheritdoc />
    public ExperimentResults Run(ExperimentContext context)
    {
        var results = new ExperimentResults(Name, context.Profile);
        var recipe = MaLstmRecipe.ForProfile(context.Profile).With(Environment.GetEnvironmentVariable(OverridesVariable));
        context.Log(recipe.ToString());

        var (train, trial, test) = (SickLoader.LoadSemEval("train"), SickLoader.LoadSemEval("trial"), SickLoader.LoadSemEval("test"));
        var sts = StsBenchmarkLoader.Load("test");
        var stsTrain = recipe.PretrainEpochs > 0 ? StsBenchmarkLoader.Load("train") : [];
        var tokenizer = new Tokenizer();
        var trainUsed = train.Take(recipe.TrainPairs ?? train.Count).ToArray();
        // Synonym pairs (recipe.SynonymPairs) only use synonyms that have a pretrained vector: the whole vectors file is
        // read first (a SICK/STS subset, a few MB), since a synonym with a random vector would teach noise.
        var allVectors = recipe.SynonymPairs is null ? null : recipe.LoadVectors();
        var trainPairs = recipe.AugmentTraining(trainUsed, tokenizer, context.Seed,
            allVectors is null ? null : word => allVectors.TryGetVector(word, out _));
        if (recipe.SynonymPairs is not null)
        {
            context.Log($"WordNet synonym pairs: {trainPairs.Count - trainUsed.Length} (of {recipe.SynonymPairs} asked) added to {trainUsed.Length} training pairs");
        }
        // Only words enter the vocabulary (never scores), so test words get their pretrained vectors rather than <unk>.
        var vocabulary = Vocabulary.Build(train.Concat(trial).Concat(test).Concat(sts).Concat(stsTrain).Concat(trainPairs.Skip(trainUsed.Length))
            .SelectMany(p => new[] { tokenizer.Tokenize(p.SentenceA), tokenizer.Tokenize(p.SentenceB) }));
        var vectors = allVectors ?? recipe.LoadVectors(vocabulary.Tokens.ToHashSet());
        var matrix = EmbeddingMatrix.Build(vocabulary, vectors, recipe.OovScale, (ulong)context.Seed);
        context.Log($"vocabulary {vocabulary.Count - 2} words, {recipe.VectorsFile}: {matrix.Report}");

        var trainSet = SentencePairSet.Encode(trainPairs, tokenizer, vocabulary);
        var trialSet = SentencePairSet.Encode(trial, tokenizer, vocabulary);
        var testSet = SentencePairSet.Encode(test, tokenizer, vocabulary);
        var stsSet = SentencePairSet.Encode(sts, tokenizer, vocabulary);
        context.Log($"SICK pairs: train {trainSet.Count}, trial {trialSet.Count}, test {testSet.Count}; STS-B test {stsSet.Count}");

        manual_seed(context.Seed);
        using var pretrained = tensor(matrix.Values, [matrix.Rows, matrix.Dimension]);
        using var model = new SiameseNetwork<SequenceInput>(LstmEncoder.MaLstm(pretrained, recipe.FineTune, recipe.HiddenSize), new ExpNegativeL1Head());
        var loss = new MaLstmMseLoss();
        // Training time and steps of the whole run, pre-training included (issue 14's table: time per run, steps/s).
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var pretrainSet = SentencePairSet.Encode(stsTrain, tokenizer, vocabulary).Take(recipe.TrainPairs ?? stsTrain.Count);
        if (recipe.PretrainEpochs > 0)
        {
            Pretrain(model, pretrainSet, trialSet, recipe, context);
        }
        var trainer = new Trainer(model, recipe.TrainerOptions(recipe.Epochs, context.Device, context.Seed) with
        {
            // Model selection on the trial split: keep the epoch with the best Pearson's r, never stop early.
            EarlyStopping = new EarlyStoppingOptions("pearson", MetricGoal.Maximize, Patience: recipe.Epochs, RestoreBestWeights: true),
        });
        trainer.EpochEnd += (_, e) => context.Log(
            $"epoch {e.Record.Epoch,3}/{recipe.Epochs}  train MSE {e.Record.TrainLoss:F4}  trial MSE {e.Record.ValidationLoss:F4}  " +
            $"trial r {e.Record.Metrics["pearson"]:F4}  {e.Record.Seconds:F1} s{(e.Improved ? "  *" : "")}");
        var history = trainer.Fit(
            ctx => trainSet.Batches(ctx.BatchSize, ctx.Random, recipe.MaxLength, ctx.Device),
            b => loss.call(model.call(b.Left, b.Right), b.Scores),
            ctx => trialSet.Batches(SentenceSimilarity.DefaultBatchSize, null, recipe.MaxLength, ctx.Device),
            ctx => new Dictionary<string, double>
            {
                ["pearson"] = Correlation.Pearson(SentenceSimilarity.Predict(model, trialSet, ctx.Device), trialSet.Scores.Select(s => (double)s).ToArray()),
            });
        var trainSeconds = history.Epochs.Sum(r => r.Seconds);
        var runSeconds = clock.Elapsed.TotalSeconds;
        int Batches(int pairs) => (pairs + recipe.BatchSize - 1) / recipe.BatchSize;
        var steps = recipe.PretrainEpochs * Batches(pretrainSet.Count) + history.Epochs.Count * Batches(trainSet.Count);

        var testMetrics = SentenceSimilarity.Evaluate(SentenceSimilarity.ToScores(SentenceSimilarity.Predict(model, testSet, context.Device)), testSet);
        var stsPredicted = SentenceSimilarity.Predict(model, stsSet, context.Device);
        var stsMetrics = SentenceSimilarity.Evaluate(SentenceSimilarity.ToScores(stsPredicted, 0, StsBenchmarkLoader.MaxScore), stsSet);
        context.Log($"best trial epoch {history.BestEpoch}; training {trainSeconds:F0} s");
        context.Log($"SICK test: Pearson {testMetrics.Pearson:F4}  Spearman {testMetrics.Spearman:F4}  MSE {testMetrics.MeanSquaredError:F4}   (paper 0.8822 / 0.8345 / 0.2286)");
        context.Log($"STS-B test: Pearson {stsMetrics.Pearson:F4}  Spearman {stsMetrics.Spearman:F4}");

        return results
            .Set("pearson", testMetrics.Pearson)
            .Set("spearman", testMetrics.Spearman)
            .Set("mse", testMetrics.MeanSquaredError)
            .Set("sts_pearson", stsMetrics.Pearson)
            .Set("sts_spearman", stsMetrics.Spearman)
            .Set("trial_pearson", history.Epochs.Max(r => r.Metrics.GetValueOrDefault("pearson", double.NaN)))
            .Set("best_epoch", history.BestEpoch)
            .Set("train_seconds", trainSeconds)
            .Set("training_seconds", runSeconds)
            .Set("steps", steps)
            .Set("recipe", recipe.ToString());
    }

    private static void Pretrain(SiameseNetwork<SequenceInput> model, SentencePairSet stsTrain, SentencePairSet trialSet,
        MaLstmRecipe recipe, ExperimentContext context)
    {
        var loss = new MaLstmMseLoss(0, StsBenchmarkLoader.MaxScore);
        var trainer = new Trainer(model, recipe.TrainerOptions(recipe.PretrainEpochs, context.Device, context.Seed));
        trainer.EpochEnd += (_, e) => context.Log(
            $"pre-train {e.Record.Epoch,3}/{recipe.PretrainEpochs}  STS-B train MSE {e.Record.TrainLoss:F4}  SICK trial r {e.Record.Metrics["pearson"]:F4}  {e.Record.Seconds:F1} s");
        trainer.Fit(
            ctx => stsTrain.Batches(ctx.BatchSize, ctx.Random, recipe.MaxLength, ctx.Device),
            b => loss.call(model.call(b.Left, b.Right), b.Scores),
            validationMetrics: ctx => new Dictionary<string, double>
            {
                ["pearson"] = Correlation.Pearson(SentenceSimilarity.Predict(model, trialSet, ctx.Device), trialSet.Scores.Select(s => (double)s).ToArray()),
            });
    }
}
