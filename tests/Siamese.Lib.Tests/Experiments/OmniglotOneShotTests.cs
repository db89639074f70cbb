using Siamese.Lib.Data;
using Siamese.Lib.Experiments;
using Siamese.Lib.Training;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Experiments;

public class OmniglotOneShotTests
{
    /// <summary>6 alphabets × 5 characters × 4 drawers of 8×8 images; each character a distinct blob position.</summary>
    private static ImageDataset Synthetic()
    {
        const int alphabets = 6, characters = 5, drawers = 4, side = 8;
        var classes = alphabets * characters;
        var n = classes * drawers;
        var pixels = Enumerable.Repeat((byte)255, n * side * side).ToArray();
        for (var i = 0; i < n; i++)
        {
            var c = i / drawers;
            pixels[i * side * side + c * 2 % (side * side)] = 0;
            pixels[i * side * side + (c * 7 + i % drawers) % (side * side)] = 0;
        }
        return new ImageDataset("synthetic", side, side, pixels, Enumerable.Range(0, n).Select(i => i / drawers).ToArray(),
            Enumerable.Range(0, classes).Select(c => $"a{c / characters}/c{c}").ToArray(), Enumerable.Range(0, classes).Select(c => c / characters).ToArray(),
            Enumerable.Range(0, alphabets).Select(a => $"a{a}").ToArray(), Enumerable.Range(0, n).Select(i => i % drawers + 1).ToArray());
    }

    private static OmniglotConfig Tiny(OmniglotConfig c) => c with
    {
        InputSize = 8, PaperConvolutions = false, WidthScale = 0.05, EmbeddingSize = 8, Steps = 4, StepsPerEpoch = 2,
        AlphabetsPerBatch = 2, CharactersPerAlphabet = 3, PairsPerBatch = 6, ValidationAlphabets = 2, ValidationTrials = 4, Patience = null,
    };

    [Theory]
    [InlineData(RunProfile.Quick)]
    [InlineData(RunProfile.Default)]
    [InlineData(RunProfile.Full)]
    [InlineData(RunProfile.Default, OmniglotLoss.PairBce)]
    [InlineData(RunProfile.Default, OmniglotLoss.OneShotSoftmax)]
    public void EveryProfileTrainsAndValidatesOnAlphabetsItDoesNotTrainOn(RunProfile profile, OmniglotLoss? loss = null)
    {
        var data = Synthetic();
        var config = Tiny(OmniglotConfig.For(profile));
        config = config with { Loss = loss ?? config.Loss };
        var split = OmniglotOneShot.SplitAlphabets(data, config, 1);
        var groups = data.ClassGroups!;
        Assert.Empty(split.Train.Select(c => groups[c]).Intersect(split.Validation.Select(c => groups[c])));
        Assert.Equal(2, split.Validation.Select(c => groups[c]).Distinct().Count());
        var validation = OmniglotOneShot.ValidationTrials(data, split, config, 2, ways: 5);
        manual_seed(0);
        using var model = OmniglotOneShot.BuildModel(config);
        var trainer = new Trainer(model, OmniglotOneShot.TrainerOptions(config, model, CPU, 3));
        var history = OmniglotOneShot.Train(trainer, model, data, split, validation, config, 3);
        Assert.Equal(2, history.Epochs.Count);
        Assert.All(history.Epochs, e => Assert.InRange(e.Get(OmniglotOneShot.ValidationMetric)!.Value, 0, 1));
        Assert.All(history.Epochs, e => Assert.True(double.IsFinite(e.TrainLoss)));
    }

    [Fact]
    public void KochSgdGivesEveryLayerItsOwnGroup()
    {
        var config = Tiny(OmniglotConfig.For(RunProfile.Full));
        using var model = OmniglotOneShot.BuildModel(config);
        var groups = OmniglotOneShot.LayerGroups(model, config);
        // 4 convolutions + the embedding layer + the head's linear layer.
        Assert.Equal(6, groups.Count);
        Assert.All(model.named_parameters(), p => Assert.Single(groups, g => g.Selects(p.name)));
        Assert.All(groups, g => Assert.Equal(config.WeightDecay, g.WeightDecay));
    }

    [Fact]
    public void AugmenterScalesKochsTranslationWithTheImageAndFillsWithPaper()
    {
        var augmenter = OmniglotOneShot.Augmenter(OmniglotConfig.For(RunProfile.Default), 1)!;
        Assert.Equal(2.0 * 35 / 105, augmenter.Options.KochAffine!.MaxTranslation, 12);
        Assert.Equal(0f, augmenter.Options.Fill);
        Assert.Null(OmniglotOneShot.Augmenter(OmniglotConfig.For(RunProfile.Default) with { Augment = false }, 1));
    }
}
