using Siamese.Lib.Experiments;

namespace Siamese.Lib.Tests.Experiments;

public class MaLstmOverridesTests
{
    [Fact]
    public void OverridesNamedSettings()
    {
        var r = new MaLstmRecipe().With("epochs=7, optimizer=adam, lr=0.001, vectors=50d, clip=none, finetune=true, batch=16, maxlength=20, trainpairs=all, pretrain=3");
        Assert.Equal(7, r.Epochs);
        Assert.Equal(MaLstmOptimizer.Adam, r.Optimizer);
        Assert.Equal(0.001, r.LearningRate);
        Assert.Equal(MaLstmRecipe.Glove50d, r.VectorsFile);
        Assert.Null(r.ClipNorm);
        Assert.True(r.FineTune);
        Assert.Equal(16, r.BatchSize);
        Assert.Equal(20, r.MaxLength);
        Assert.Null(r.TrainPairs);
        Assert.Equal(3, r.PretrainEpochs);
        Assert.Equal(new MaLstmRecipe(), new MaLstmRecipe().With(null));
        Assert.Contains("colour", Assert.Throws<ArgumentException>(() => r.With("colour=red")).Message);
        Assert.Throws<ArgumentException>(() => r.With("epochs"));
    }

    [Fact]
    public void OverridesTheSettingsTriedForIssue14()
    {
        var r = new MaLstmRecipe().With("vectorscale=0.4, ensemble=5, forgetbias=2.5, dropout=0.2, pretraincoverage=0.9, pretrainsplits=train+dev, vectors=350d");
        Assert.Equal(0.4f, r.VectorScale);
        Assert.Equal(5, r.Ensemble);
        Assert.Equal(2.5, r.ForgetBias);
        Assert.Equal(0.2, r.InputDropout);
        Assert.Equal(0.9, r.PretrainCoverage);
        Assert.Equal("train+dev", r.PretrainSplits);
        Assert.Equal(MaLstmRecipe.Glove300d + "+" + MaLstmRecipe.Glove50d, r.VectorsFile);
        Assert.Null(r.With("forgetbias=none").ForgetBias);
        Assert.Null(r.With("pretraincoverage=null").PretrainCoverage);
        Assert.Throws<FormatException>(() => r.With("ensemble=many"));
    }

    [Theory]
    [InlineData("ensemble=0")]
    [InlineData("vectorscale=0")]
    [InlineData("dropout=1")]
    public void RejectsSettingsThatCannotTrain(string overrides) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MaLstmRecipe().With(overrides));
}
