using Siamese.Lib.Losses;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Losses;

public class MaLstmMseLossTests
{
    [Theory]
    // Targets (score - 1)/4: 5 -> 1, 1 -> 0, 3 -> 0.5.
    [InlineData(new[] { 1.0f, 0.5f }, new[] { 5f, 1f }, 0.125)]
    [InlineData(new[] { 0.5f, 0.5f }, new[] { 3f, 3f }, 0.0)]
    [InlineData(new[] { 0.2f }, new[] { 4.6f }, 0.49)]
    public void MseAgainstScaledScores(float[] similarity, float[] score, double expected)
    {
        using var s = tensor(similarity);
        using var g = tensor(score);
        using var loss = new MaLstmMseLoss().call(s, g);
        Assert.Equal(expected, loss.item<float>(), 6);
    }

    [Fact]
    public void SimilarityMapsBackToTheScoreScale()
    {
        var loss = new MaLstmMseLoss();
        using var s = tensor(new[] { 0f, 0.25f, 1f });
        using var score = loss.SimilarityToScore(s);
        Assert.Equal([1f, 2f, 5f], score.data<float>().ToArray());
    }

    [Fact]
    public void ScoresOutsideTheRangeAreAClearError()
    {
        using var s = tensor(new[] { 0.5f });
        using var g = tensor(new[] { 0f });
        var e = Assert.Throws<ArgumentException>(() => new MaLstmMseLoss().call(s, g));
        Assert.Contains("[1, 5]", e.Message);
    }
}
