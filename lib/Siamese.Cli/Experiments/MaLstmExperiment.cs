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
/// Notebook 04 headless: MaLSTM (Mueller &amp; Thyagarajan 2016) on SICK with GloVe vectors. Trains the recipe's
/// networks on the SemEval train split with <see cref="MaLstmTraining"/> (each keeps the epoch with the best Pearson's r
/// on the trial split), averages their similarities, and reports Pearson, Spearman and MSE on the test split (the
/// paper: 0.8822 / 0.8345 / 0.2286) and Pearson/Spearman on the STS Benchmark test split.
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
        var stsTrain = recipe.PretrainEpochs > 0
            ? recipe.PretrainSplits.Split("+").SelectMany(split => StsBenchmarkLoader.Load(split)).ToArray() : (IReadOnlyList<SentencePair>)[];
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

        // Training time and steps of the whole run, pre-training included (issue 14's table: time per run, steps/s).
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var pretrainPairs = recipe.PretrainCoverage is { } coverage
            ? stsTrain.Where(p => Coverage(p, tokenizer, vectors) >= coverage).ToArray() : stsTrain.ToArray();
        var pretrainSet = SentencePairSet.Encode(pretrainPairs, tokenizer, vocabulary).Take(recipe.TrainPairs ?? pretrainPairs.Length);
        context.Log($"pre-training pairs: {pretrainSet.Count} of {stsTrain.Count}");
        using var vectorsTensor = tensor(matrix.Values, [matrix.Rows, matrix.Dimension]);
        // An ensemble averages the similarities of recipe.Ensemble networks (member 0 is the run's seed).
        var members = new List<MaLstmMember>();
        try
        {
            for (var member = 0; member < recipe.Ensemble; member++)
            {
                var seed = MaLstmTraining.MemberSeed(context.Seed, member);
                context.Log($"network {member + 1}/{recipe.Ensemble} (seed {seed})");
                members.Add(MaLstmTraining.Train(recipe, vectorsTensor, trainSet, pretrainSet, trialSet, seed, context.Device, (trainer, title) =>
                    trainer.EpochEnd += (_, e) => context.Log(
                        $"{title} {e.Record.Epoch,3}/{trainer.Options.Epochs}  train MSE {e.Record.TrainLoss:F4}  " +
                        $"trial r {e.Record.Metrics[MaLstmTraining.PearsonKey]:F4}  {e.Record.Seconds:F1} s{(e.Improved ? "  *" : "")}")));
            }
            return Report(results, recipe, members, trialSet, testSet, stsSet, clock.Elapsed.TotalSeconds, context);
        }
        finally
        {
            members.ForEach(m => m.Dispose());
        }
    }

    private static ExperimentResults Report(ExperimentResults results, MaLstmRecipe recipe, List<MaLstmMember> members,
        SentencePairSet trialSet, SentencePairSet testSet, SentencePairSet stsSet, double runSeconds, ExperimentContext context)
    {
        var networks = members.Select(m => m.Network).ToArray();
        var trialPearson = Correlation.Pearson(SentenceSimilarity.PredictMean(networks, trialSet, context.Device), trialSet.Scores.Select(s => (double)s).ToArray());
        var testMetrics = SentenceSimilarity.Evaluate(SentenceSimilarity.ToScores(SentenceSimilarity.PredictMean(networks, testSet, context.Device)), testSet);
        var stsPredicted = SentenceSimilarity.PredictMean(networks, stsSet, context.Device);
        var stsMetrics = SentenceSimilarity.Evaluate(SentenceSimilarity.ToScores(stsPredicted, 0, StsBenchmarkLoader.MaxScore), stsSet);
        var trainSeconds = members.Sum(m => m.History.Epochs.Sum(r => r.Seconds));
        context.Log($"best trial epoch(s) {string.Join(", ", members.Select(m => m.History.BestEpoch))}; trial r {trialPearson:F4}; training {trainSeconds:F0} s");
        context.Log($"SICK test: Pearson {testMetrics.Pearson:F4}  Spearman {testMetrics.Spearman:F4}  MSE {testMetrics.MeanSquaredError:F4}   (paper 0.8822 / 0.8345 / 0.2286)");
        context.Log($"STS-B test: Pearson {stsMetrics.Pearson:F4}  Spearman {stsMetrics.Spearman:F4}");

        return results
            .Set("pearson", testMetrics.Pearson)
            .Set("spearman", testMetrics.Spearman)
            .Set("mse", testMetrics.MeanSquaredError)
            .Set("sts_pearson", stsMetrics.Pearson)
            .Set("sts_spearman", stsMetrics.Spearman)
            .Set("trial_pearson", trialPearson)
            .Set("best_epoch", members[0].History.BestEpoch)
            .Set("train_seconds", trainSeconds)
            .Set("training_seconds", runSeconds)
            .Set("steps", members.Sum(m => m.Steps))
            .Set("recipe", recipe.ToString());
    }

    private static double Coverage(SentencePair pair, Tokenizer tokenizer, WordVectors vectors)
    {
        var tokens = tokenizer.Tokenize(pair.SentenceA).Concat(tokenizer.Tokenize(pair.SentenceB)).ToArray();
        return tokens.Length == 0 ? 0 : tokens.Count(t => vectors.TryGetVector(t, out _)) / (double)tokens.Length;
    }
}
