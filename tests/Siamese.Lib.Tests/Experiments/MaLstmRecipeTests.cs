using Siamese.Lib.Data;
using Siamese.Lib.Experiments;
using Siamese.Lib.Tests.Data;
using TorchSharp;
using static TorchSharp.torch;
using Siamese.Lib.Training;

namespace Siamese.Lib.Tests.Experiments;

public class MaLstmRecipeTests
{
    [Fact]
    public void DefaultsAreThePapersArchitectureAndOptimizer()
    {
        var r = new MaLstmRecipe();
        Assert.Equal(50, r.HiddenSize);
        Assert.Equal(MaLstmOptimizer.Adadelta, r.Optimizer);
        Assert.Equal(1.0, r.LearningRate);
        Assert.False(r.FineTune);
        Assert.Equal(MaLstmRecipe.Glove300d, r.VectorsFile);
    }

    [Fact]
    public void ProfilesScaleTheBudget()
    {
        var quick = MaLstmRecipe.ForProfile(RunProfile.Quick);
        var standard = MaLstmRecipe.ForProfile(RunProfile.Default);
        var full = MaLstmRecipe.ForProfile(RunProfile.Full);
        Assert.True(quick.Epochs < standard.Epochs && standard.Epochs <= full.Epochs);
        Assert.True(quick.PretrainEpochs < standard.PretrainEpochs && standard.PretrainEpochs <= full.PretrainEpochs);
        Assert.NotNull(quick.TrainPairs);
        Assert.Null(standard.TrainPairs);
        Assert.True(quick.Ensemble >= 2 && quick.Ensemble <= standard.Ensemble && standard.Ensemble <= full.Ensemble);
        Assert.Equal(standard with { Epochs = full.Epochs, PretrainEpochs = full.PretrainEpochs, Ensemble = full.Ensemble }, full);
    }

    [Theory]
    [InlineData(MaLstmOptimizer.Adadelta, typeof(TorchSharp.Modules.Adadelta))]
    [InlineData(MaLstmOptimizer.Adam, typeof(TorchSharp.Modules.Adam))]
    public void CreatesTheNamedOptimizer(MaLstmOptimizer kind, Type expected)
    {
        using var w = nn.Parameter(zeros(3));
        using var optimizer = new MaLstmRecipe { Optimizer = kind, LearningRate = 0.5 }.CreateOptimizer([new ParameterGroup([w])]);
        Assert.IsType(expected, optimizer);
        Assert.Equal(0.5, optimizer.ParamGroups.Single().LearningRate);
    }

    [Fact]
    public void SynonymPairsAreOffByDefaultAndSetBySynonymsN()
    {
        Assert.All(new[] { RunProfile.Quick, RunProfile.Default, RunProfile.Full }, p => Assert.Null(MaLstmRecipe.ForProfile(p).SynonymPairs));
        Assert.Null(new MaLstmRecipe().SynonymPairs);
        var on = MaLstmRecipe.ForProfile(RunProfile.Default).With("synonyms=10000");
        Assert.Equal(10_000, on.SynonymPairs);
        Assert.Equal(MaLstmRecipe.ForProfile(RunProfile.Default), on with { SynonymPairs = null });
        Assert.Equal(250, new MaLstmRecipe().With("SynonymPairs=250").SynonymPairs);
        Assert.Null(on.With("synonyms=none").SynonymPairs);
    }

    [Fact]
    public void AugmentTrainingAppendsSynonymPairsOnlyWhenAsked()
    {
        using var dir = new TempDirectory();
        var wordNet = WordNet.Load(WordNetFixture.Write(dir.Path));
        SentencePair[] train = [new("1", "A big car", "The sofa is large", 4.2f, "train"), new("2", "A dog", "A couch", 1.5f, "train")];
        var tokenizer = new Tokenizer();
        Assert.Same(train, new MaLstmRecipe().AugmentTraining(train, tokenizer, seed: 0, wordNet: wordNet));
        var recipe = new MaLstmRecipe().With("synonyms=12");
        var augmented = recipe.AugmentTraining(train, tokenizer, seed: 4, wordNet: wordNet);
        Assert.Equal(train.Length + 12, augmented.Count);
        Assert.Equal(train, augmented.Take(train.Length));
        Assert.Equal(augmented, recipe.AugmentTraining(train, tokenizer, seed: 4, wordNet: wordNet));
        Assert.DoesNotContain(augmented.Skip(train.Length), p => train.Any(t => (t.SentenceA, t.SentenceB) == (p.SentenceA, p.SentenceB)));
        var known = recipe.With("synonyms=8").AugmentTraining(train, tokenizer, seed: 4, isKnownWord: w => w is "large" or "big" or "auto" or "settee", wordNet: wordNet);
        Assert.All(known.Skip(train.Length), p => Assert.Matches("^(A (big|large) (car|auto)|A dog)$", p.SentenceA));
    }
}
