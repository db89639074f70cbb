using Siamese.Lib.Data;
using Siamese.Lib.Evaluation;
using Siamese.Lib.Models;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Evaluation;

public class SentenceSimilarityTests
{
    private static SentencePairSet Set(params (string A, string B, float Score)[] pairs)
    {
        var p = pairs.Select((x, i) => new SentencePair(i.ToString(System.Globalization.CultureInfo.InvariantCulture), x.A, x.B, x.Score, "test")).ToArray();
        var tokenizer = new Tokenizer();
        var vocabulary = Vocabulary.Build(p.SelectMany(x => new[] { tokenizer.Tokenize(x.SentenceA), tokenizer.Tokenize(x.SentenceB) }));
        return SentencePairSet.Encode(p, tokenizer, vocabulary);
    }

    [Fact]
    public void PredictMatchesOneBatchForwardInSetOrderAndRestoresTrainingMode()
    {
        var set = Set(("a b c", "a b", 4f), ("d", "e f g h", 2f), ("a", "a", 5f), ("h g", "c", 1f), ("b", "c d e", 3f));
        manual_seed(1);
        using var vectors = randn(new long[] { 10, 4 });
        using var model = new SiameseNetwork<SequenceInput>(LstmEncoder.MaLstm(vectors, hiddenSize: 3), new ExpNegativeL1Head());
        var predicted = SentenceSimilarity.Predict(model, set, batchSize: 2);
        Assert.True(model.training);
        using (no_grad())
        {
            var whole = set.Batch(Enumerable.Range(0, set.Count).ToArray());
            var expected = model.call(whole.Left, whole.Right).data<float>().ToArray();
            Assert.Equal(expected.Select(v => (double)v), predicted, (x, y) => Math.Abs(x - y) < 1e-6);
        }
        Assert.All(predicted, s => Assert.InRange(s, 0.0, 1.0));
        Assert.Equal(1.0, predicted[2], 1e-12);   // identical sentences: exp(-0) = 1
    }

    [Fact]
    public void PredictMeanAveragesTheModelsOutputs()
    {
        var set = Set(("a b c", "a b", 4f), ("d", "e f g h", 2f), ("h g", "c", 1f));
        manual_seed(2);
        using var vectors = randn(new long[] { 10, 4 });
        using var one = new SiameseNetwork<SequenceInput>(LstmEncoder.MaLstm(vectors, hiddenSize: 3), new ExpNegativeL1Head());
        using var two = new SiameseNetwork<SequenceInput>(LstmEncoder.MaLstm(vectors, hiddenSize: 3), new ExpNegativeL1Head());
        var (p1, p2) = (SentenceSimilarity.Predict(one, set), SentenceSimilarity.Predict(two, set));
        var mean = SentenceSimilarity.PredictMean([one, two], set);
        Assert.Equal(p1.Zip(p2, (x, y) => (x + y) / 2), mean, (x, y) => Math.Abs(x - y) < 1e-12);
        Assert.Equal(p1, SentenceSimilarity.PredictMean([one], set));
        Assert.Throws<ArgumentException>(() => SentenceSimilarity.PredictMean([], set));
    }

    [Theory]
    [InlineData(0.0, 1, 5, 1.0)]
    [InlineData(1.0, 1, 5, 5.0)]
    [InlineData(0.5, 1, 5, 3.0)]
    [InlineData(0.5, 0, 5, 2.5)]
    public void ToScoresInvertsTheTrainingTarget(double similarity, double min, double max, double score) =>
        Assert.Equal(score, SentenceSimilarity.ToScores([similarity], min, max)[0], 1e-12);

    [Fact]
    public void EvaluateComparesWithGoldScores()
    {
        var set = Set(("a", "b", 1f), ("a", "c", 3f), ("b", "c", 5f));
        var m = SentenceSimilarity.Evaluate([2.0, 3.0, 4.0], set);
        Assert.Equal(1.0, m.Pearson, 1e-12);
        Assert.Equal(1.0, m.Spearman, 1e-12);
        Assert.Equal(2.0 / 3.0, m.MeanSquaredError, 1e-12);   // (1 + 0 + 1) / 3
        Assert.Throws<ArgumentException>(() => SentenceSimilarity.Evaluate([1.0], set));
    }
}
