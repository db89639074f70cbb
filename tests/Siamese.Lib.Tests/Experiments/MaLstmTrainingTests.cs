using Siamese.Lib.Data;
using Siamese.Lib.Experiments;
using Siamese.Lib.Evaluation;
using Siamese.Lib.Training;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Experiments;

public class MaLstmTrainingTests
{
    private static readonly Tokenizer Tokens = new();

    private static (SentencePairSet Train, SentencePairSet Trial, Vocabulary Vocabulary) Sets()
    {
        string[] words = ["a", "dog", "cat", "runs", "sleeps", "man", "plays", "guitar", "woman", "sings"];
        var random = new Random(3);
        SentencePair Pair(int i, string split)
        {
            string Sentence() => string.Join(' ', Enumerable.Range(0, random.Next(2, 6)).Select(_ => words[random.Next(words.Length)]));
            return new SentencePair($"{i}", Sentence(), Sentence(), 1 + 4 * (float)random.NextDouble(), split);
        }
        var train = Enumerable.Range(0, 48).Select(i => Pair(i, "train")).ToArray();
        var trial = Enumerable.Range(0, 16).Select(i => Pair(i, "trial")).ToArray();
        var vocabulary = Vocabulary.Build(train.Concat(trial).SelectMany(p => new[] { Tokens.Tokenize(p.SentenceA), Tokens.Tokenize(p.SentenceB) }));
        return (SentencePairSet.Encode(train, Tokens, vocabulary), SentencePairSet.Encode(trial, Tokens, vocabulary), vocabulary);
    }

    private static readonly MaLstmRecipe Tiny = new()
    {
        Optimizer = MaLstmOptimizer.Adam, LearningRate = 1e-2, BatchSize = 8, Epochs = 3, HiddenSize = 6, VectorScale = 0.5f,
    };

    [Fact]
    public void CreateNetworkScalesTheVectorsAndSetsTheForgetBias()
    {
        manual_seed(0);
        using var vectors = randn(12, 5);
        using var model = MaLstmTraining.CreateNetwork(Tiny with { ForgetBias = 2.5 }, vectors);
        var parameters = model.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        var embedding = parameters.Single(p => p.Key.EndsWith("weight", StringComparison.Ordinal) && p.Value.shape[0] == 12).Value;
        Assert.True(embedding.allclose(vectors * 0.5));
        Assert.False(embedding.requires_grad);
        var biasIh = parameters.Single(p => p.Key.EndsWith("bias_ih_l0", StringComparison.Ordinal)).Value;
        var biasHh = parameters.Single(p => p.Key.EndsWith("bias_hh_l0", StringComparison.Ordinal)).Value;
        // Gates i, f, g, o: rows 6..11 are the forget gate.
        Assert.All(biasIh.narrow(0, 6, 6).data<float>().ToArray(), v => Assert.Equal(2.5f, v));
        Assert.All(biasHh.narrow(0, 6, 6).data<float>().ToArray(), v => Assert.Equal(0f, v));
        Assert.Contains(biasIh.narrow(0, 0, 6).data<float>().ToArray(), v => v != 0f);
    }

    [Fact]
    public void TrainKeepsTheBestTrialEpochAndRepeatsWithTheSameSeed()
    {
        var (train, trial, vocabulary) = Sets();
        manual_seed(1);
        using var vectors = randn(vocabulary.Count, 4);
        var pretrain = train.Take(0);
        var watched = new List<string>();
        using var first = MaLstmTraining.Train(Tiny, vectors, train, pretrain, trial, seed: 7, watch: (_, title) => watched.Add(title));
        using var again = MaLstmTraining.Train(Tiny, vectors, train, pretrain, trial, seed: 7);
        using var other = MaLstmTraining.Train(Tiny, vectors, train, pretrain, trial, seed: 8);
        Assert.Equal(["MaLSTM on SICK"], watched);
        Assert.Equal(3, first.History.Epochs.Count);
        Assert.Equal(3 * Tiny.StepsPerEpoch(train.Count), first.Steps);
        Assert.Equal(first.History.Epochs.Select(e => e.TrainLoss), again.History.Epochs.Select(e => e.TrainLoss));
        Assert.NotEqual(first.History.Epochs.Select(e => e.TrainLoss), other.History.Epochs.Select(e => e.TrainLoss));
        var best = first.History.Epochs.Max(e => e.Metrics[MaLstmTraining.PearsonKey]);
        Assert.Equal(best, first.TrialPearson);
        // The kept weights are the best epoch's: predicting the trial split again gives its Pearson's r.
        var predicted = SentenceSimilarity.Predict(first.Network, trial);
        Assert.Equal(best, Correlation.Pearson(predicted, trial.Scores.Select(s => (double)s).ToArray()), 1e-9);
    }

    [Fact]
    public void TrainPretrainsFirstWhenTheRecipeAsks()
    {
        var (train, trial, vocabulary) = Sets();
        using var vectors = randn(vocabulary.Count, 4);
        var watched = new List<string>();
        var recipe = Tiny with { PretrainEpochs = 2, Epochs = 1 };
        using var member = MaLstmTraining.Train(recipe, vectors, train, train.Take(16), trial, seed: 0, watch: (_, title) => watched.Add(title));
        Assert.Equal(["pre-training on STS-B", "MaLSTM on SICK"], watched);
        Assert.Equal(2 * recipe.StepsPerEpoch(16) + recipe.StepsPerEpoch(train.Count), member.Steps);
        Assert.Contains("no pre-training pairs", Assert.Throws<ArgumentException>(
            () => MaLstmTraining.Train(recipe, vectors, train, train.Take(0), trial, seed: 0)).Message);
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(2, 0, 2)]
    [InlineData(2, 1, 1002)]
    [InlineData(0, 4, 4000)]
    public void MemberSeedsOfDifferentRunsNeverMeet(long runSeed, int member, long expected) =>
        Assert.Equal(expected, MaLstmTraining.MemberSeed(runSeed, member));
}
