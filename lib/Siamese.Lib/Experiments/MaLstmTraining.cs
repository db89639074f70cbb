using Siamese.Lib.Data;
using Siamese.Lib.Evaluation;
using Siamese.Lib.Losses;
using Siamese.Lib.Models;
using Siamese.Lib.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Experiments;

/// <summary>
/// One MaLSTM of a <see cref="MaLstmRecipe"/>, trained the way notebook 04 trains its first network by hand: built with a
/// seed, pre-trained on STS-B (when the recipe asks), trained on SICK, and left with the weights of its best trial-split
/// epoch. Notebook 04 calls it for the other members of an ensemble, the <c>malstm</c> CLI experiment for all of them.
/// </summary>
public static class MaLstmTraining
{
    /// <summary>The metric the trial split reports after every epoch, and which picks the weights kept.</summary>
    public const string PearsonKey = "pearson";

    /// <summary>
    /// A fresh MaLSTM: the word vectors [vocabulary, dimension] multiplied by <see cref="MaLstmRecipe.VectorScale"/>
    /// (copied into the embedding), an LSTM of <see cref="MaLstmRecipe.HiddenSize"/> units, the exp(−L1) head. Its random
    /// weights come from torch's generator: call <c>manual_seed</c> first for a repeatable network.
    /// </summary>
    public static SiameseNetwork<SequenceInput> CreateNetwork(MaLstmRecipe recipe, Tensor vectors)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(vectors);
        using var scaled = vectors * recipe.VectorScale;
        var encoder = LstmEncoder.MaLstm(scaled, recipe.FineTune, recipe.HiddenSize, recipe.InputDropout);
        if (recipe.ForgetBias is { } forgetBias)
        {
            encoder.InitializeForgetBias(forgetBias);
        }
        return new SiameseNetwork<SequenceInput>(encoder, new ExpNegativeL1Head());
    }

    /// <summary>Trains one network (see the class summary).</summary>
    /// <param name="recipe">Every setting of the run.</param>
    /// <param name="vectors">Word vectors [vocabulary, dimension] of the sets' vocabulary.</param>
    /// <param name="train">SICK training pairs (1–5 scores).</param>
    /// <param name="pretrain">STS-B pairs (0–5 scores) for <see cref="MaLstmRecipe.PretrainEpochs"/> epochs first; may be empty when that is 0.</param>
    /// <param name="trial">The validation pairs whose Pearson's r picks the epoch kept.</param>
    /// <param name="seed">Initial weights, batch order and dropout.</param>
    /// <param name="device">Where to train (default CPU).</param>
    /// <param name="watch">Called with each trainer (pre-training, then training) and its title before it runs, e.g. to log epochs.</param>
    public static MaLstmMember Train(MaLstmRecipe recipe, Tensor vectors, SentencePairSet train, SentencePairSet pretrain,
        SentencePairSet trial, long seed, Device? device = null, Action<Trainer, string>? watch = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(pretrain);
        ArgumentNullException.ThrowIfNull(trial);
        MaLstmOverrides.Check(recipe);
        if (recipe.PretrainEpochs > 0 && pretrain.Count == 0)
        {
            throw new ArgumentException($"The recipe pre-trains for {recipe.PretrainEpochs} epochs but there are no pre-training pairs.", nameof(pretrain));
        }
        manual_seed(seed);
        var model = CreateNetwork(recipe, vectors);
        var gold = trial.Scores.Select(s => (double)s).ToArray();
        IReadOnlyDictionary<string, double> TrialMetrics(EpochContext ctx) =>
            new Dictionary<string, double> { [PearsonKey] = Correlation.Pearson(SentenceSimilarity.Predict(model, trial, ctx.Device), gold) };
        if (recipe.PretrainEpochs > 0)
        {
            var stsLoss = new MaLstmMseLoss(0, StsBenchmarkLoader.MaxScore);
            var pretrainer = new Trainer(model, recipe.TrainerOptions(recipe.PretrainEpochs, device, seed));
            watch?.Invoke(pretrainer, "pre-training on STS-B");
            pretrainer.Fit(
                ctx => pretrain.Batches(ctx.BatchSize, ctx.Random, recipe.MaxLength, ctx.Device),
                b => stsLoss.call(model.call(b.Left, b.Right), b.Scores),
                validationMetrics: TrialMetrics);
        }
        var loss = new MaLstmMseLoss();
        var trainer = new Trainer(model, recipe.TrainerOptions(recipe.Epochs, device, seed) with
        {
            // Model selection on the trial split: keep the epoch with the best Pearson's r, never stop early.
            EarlyStopping = new EarlyStoppingOptions(PearsonKey, MetricGoal.Maximize, Patience: recipe.Epochs, RestoreBestWeights: true),
        });
        watch?.Invoke(trainer, "MaLSTM on SICK");
        var history = trainer.Fit(
            ctx => train.Batches(ctx.BatchSize, ctx.Random, recipe.MaxLength, ctx.Device),
            b => loss.call(model.call(b.Left, b.Right), b.Scores),
            ctx => trial.Batches(SentenceSimilarity.DefaultBatchSize, null, recipe.MaxLength, ctx.Device),
            TrialMetrics);
        var steps = recipe.PretrainEpochs * recipe.StepsPerEpoch(pretrain.Count) + history.Epochs.Count * recipe.StepsPerEpoch(train.Count);
        return new MaLstmMember(model, history, seed, steps);
    }

    /// <summary>
    /// The seed of ensemble member <paramref name="member"/> of a run with <paramref name="runSeed"/>: the run's seed
    /// for member 0 (an ensemble of one is the single network), then runSeed + 1000·member, so the members of seeds
    /// 0–999 never share a seed.
    /// </summary>
    public static long MemberSeed(long runSeed, int member) => runSeed + 1000L * member;
}
