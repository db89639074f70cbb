using Siamese.Lib.Data;
using Siamese.Lib.Losses;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Losses;

public class LogitBceLossTests
{
    [Fact]
    public void MatchesTheClosedForm()
    {
        // -log σ(0) = log 2; z = 2, y = 0: 2 + log(1 + e^-2); z = -1, y = 0: log(1 + e^-1). Mean (Python math).
        using var z = tensor(new[] { 0f, 2f, -1f });
        using var y = tensor(new[] { 1f, 0f, 0f });
        using var loss = new LogitBceLoss().call(z, y);
        Assert.Equal(1.0444456263737136, loss.item<float>(), 6);
    }

    [Fact]
    public void HadsellLabelsAreFlipped()
    {
        using var z = tensor(new[] { 0f, 2f, -1f });
        using var y = tensor(new[] { 0f, 1f, 1f });
        using var loss = new LogitBceLoss(PairLabelConvention.SimilarIsZero).call(z, y);
        Assert.Equal(1.0444456263737136, loss.item<float>(), 6);
    }

    [Fact]
    public void ConfidentWrongAnswerIsLargeButFinite()
    {
        using var z = tensor(new[] { 100f, -100f });
        using var y = tensor(new[] { 0f, 1f });
        using var loss = new LogitBceLoss().call(z, y);
        Assert.Equal(100.0, loss.item<float>(), 4);
    }

    [Fact]
    public void LabelOutsideTheConventionIsAClearError()
    {
        using var z = tensor(new[] { 0f, 1f });
        using var y = tensor(new[] { 0.5f, 1f });
        var e = Assert.Throws<ArgumentException>(() => new LogitBceLoss().call(z, y));
        Assert.Contains("SimilarIsOne", e.Message);
    }
}
