using Siamese.Lib.Data;
using Siamese.Lib.Evaluation;
using Siamese.Lib.Models;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Evaluation;

public class OneShotEvaluatorTests
{
    /// <summary>3-way trials of 2×2 images: candidate c is filled with 80·c; the query copies candidate <c>correct</c> with one pixel changed by <c>noise</c>.</summary>
    private static OneShotTrial Trial(int correct, int noise, string name)
    {
        var candidates = Enumerable.Range(0, 3).Select(c => Enumerable.Repeat((byte)(80 * c), 4).ToArray()).ToArray();
        var query = (byte[])candidates[correct].Clone();
        query[0] = (byte)Math.Clamp(query[0] + noise, 0, 255);
        return new OneShotTrial(query, candidates, correct, name);
    }

    [Fact]
    public void PixelNearestNeighbourFindsTheCopiesAndGroupsByRun()
    {
        // run01: three correct trials; run02: the query of trial 2 is pushed towards candidate 1 (wrong) -> 2/3.
        OneShotTrial[] trials =
        [
            Trial(0, 10, "run01/a"), Trial(1, 10, "run01/b"), Trial(2, 0, "run01/c"),
            Trial(0, 0, "run02/a"), Trial(1, 0, "run02/b"), new OneShotTrial([160, 90, 90, 90], Trial(0, 0, "x").Candidates, 2, "run02/c"),
        ];
        var scores = OneShotEvaluator.Score(trials, 2, 2, OneShotEvaluator.PixelDistance, ScoreDirection.LowerMeansSame, trialsPerCall: 4);
        Assert.Equal((6, 3), (scores.Trials, scores.Ways));
        // Distances in pixel units of [0, 1]: trial 0 = candidate 0 with one pixel +10.
        Assert.Equal(10 / 255.0, scores.Scores[0, 0], 5);
        Assert.Equal(5.0 / 6.0, scores.Accuracy, 12);
        Assert.Equal([0, 1, 2, 0, 1, 1], scores.Predicted());
        Assert.Equal([5], scores.Errors());
        Assert.Equal([("run01", 1.0), ("run02", Math.Round(2.0 / 3.0, 12))], scores.AccuracyBy().Select(g => (g.Group, Math.Round(g.Accuracy, 12))).ToArray());
    }

    [Fact]
    public void SiameseScorerEqualsTheNetworkOnEachPair()
    {
        manual_seed(3);
        using var model = new SiameseNetwork<TorchSharp.torch.Tensor>(new KochCnn(8, hiddenSizes: [5], widthScale: 0.05, stages: KochCnn.CompactStages),
            new WeightedL1LogitHead(5));
        model.eval();
        var rng = new DataRandom(1);
        OneShotTrial MakeTrial(int i) => new(Enumerable.Range(0, 64).Select(_ => (byte)rng.Next(256)).ToArray(),
            Enumerable.Range(0, 4).Select(_ => Enumerable.Range(0, 64).Select(_ => (byte)rng.Next(256)).ToArray()).ToArray(), i % 4, $"t{i}");
        var trials = Enumerable.Range(0, 5).Select(MakeTrial).ToArray();
        var scores = OneShotEvaluator.Score(trials, 8, 8, OneShotEvaluator.SiameseScorer(model), model.Direction, trialsPerCall: 2);
        using var noGrad = no_grad();
        for (var t = 0; t < trials.Length; t++)
        {
            using var q = ImageBatcher.ToTensor(Enumerable.Repeat(trials[t].Query, 4).ToArray(), 8, 8);
            using var c = ImageBatcher.ToTensor(trials[t].Candidates, 8, 8);
            var direct = model.call(q, c).data<float>().ToArray();
            for (var k = 0; k < 4; k++)
            {
                Assert.Equal(direct[k], scores.Scores[t, k], 5);
            }
        }
    }

    [Fact]
    public void KochTrialsComeFromOneAlphabetWithImagesCopied()
    {
        const int classes = 6;
        var n = classes * 3;
        var pixels = Enumerable.Range(0, n).Select(i => (byte)i).ToArray();
        var ds = new ImageDataset("d", 1, 1, pixels, Enumerable.Range(0, n).Select(i => i / 3).ToArray(),
            Enumerable.Range(0, classes).Select(c => $"c{c}").ToArray(), [0, 0, 0, 1, 1, 1], ["alpha", "beta"],
            Enumerable.Range(0, n).Select(i => i % 3 + 1).ToArray());
        var trials = OneShotEvaluator.KochTrials(new ClassSubset(ds), 10, ways: 3, seed: 4);
        Assert.Equal(10, trials.Count);
        foreach (var t in trials)
        {
            var queryClass = t.Query[0] / 3;
            Assert.Equal(queryClass, t.Candidates[t.CorrectIndex][0] / 3);
            // Different drawer, same alphabet for every candidate.
            Assert.NotEqual(t.Query[0], t.Candidates[t.CorrectIndex][0]);
            Assert.Single(t.Candidates.Select(c => c[0] / 9).Distinct());
            Assert.StartsWith(queryClass < 3 ? "alpha/" : "beta/", t.Name);
        }
    }

    [Fact]
    public void MixedWaysAndEmptyTrialsAreClearErrors()
    {
        Assert.Throws<ArgumentException>(() => OneShotEvaluator.Score([], 2, 2, OneShotEvaluator.PixelDistance, ScoreDirection.LowerMeansSame));
        var odd = new OneShotTrial(new byte[4], [new byte[4], new byte[4]], 0, "odd");
        var e = Assert.Throws<ArgumentException>(() =>
            OneShotEvaluator.Score([Trial(0, 0, "a"), odd], 2, 2, OneShotEvaluator.PixelDistance, ScoreDirection.LowerMeansSame));
        Assert.Contains("odd", e.Message);
    }
}
