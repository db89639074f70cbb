using Siamese.Lib.Data;
using Siamese.Lib.Experiments;
using Siamese.Lib.Tests.Data;
using Siamese.Lib.Training;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Experiments;

public class SentencePairTaskTests
{
    private static readonly SentencePair[] Pairs =
    [
        new("1", "A dog runs.", "A dog is running", 4.5f, "train"),
        new("2", "A man plays guitar", "The cat sleeps", 1.2f, "train"),
        new("3", "The cat sleeps", "A cat is sleeping", 3.5f, "train"),
        new("4", "Nobody is here!", "!!!", 1.0f, "train"),
    ];

    private static (Vocabulary, EmbeddingMatrix) Vectors(TempDirectory dir)
    {
        var tokenizer = new Tokenizer();
        var vocabulary = Vocabulary.Build(Pairs.SelectMany(p => new[] { p.SentenceA, p.SentenceB }).Select(tokenizer.Tokenize));
        var path = dir.File("vectors.txt");
        // Word i of the vocabulary gets the vector (i, −i): easy to recognise in a batch.
        File.WriteAllLines(path, vocabulary.Tokens.Skip(2).Select((w, i) => $"{w} {i + 2} {-(i + 2)}"));
        return (vocabulary, EmbeddingMatrix.Build(vocabulary, WordVectors.Load(path), oovScale: 0));
    }

    [Fact]
    public void BatchesHoldTheWordVectorsPaddedWithAMaskAndRelatedLabels()
    {
        using var dir = new TempDirectory();
        var (vocabulary, embeddings) = Vectors(dir);
        var task = SentencePairTask.Create("toy", Pairs, Pairs, Pairs, vocabulary, embeddings, relatedCut: 3.5);
        var batch = task.TrainBatches(new EpochContext(1, 4, CPU, new Random(0), false)).First();
        Assert.Equal(2L, batch.Left.Values.shape[2]);
        Assert.Equal(batch.Left.Values.shape[..2], batch.Left.Mask.shape);
        var values = batch.Left.Values.data<float>().ToArray();
        var mask = batch.Left.Mask.data<bool>().ToArray();
        var length = (int)batch.Left.Values.shape[1];
        var labels = batch.Target.data<float>().ToArray();
        // Whatever the shuffle, each row is one of the pairs: recover it from its first token's vector.
        for (var row = 0; row < 4; row++)
        {
            var tokens = Enumerable.Range(0, length).Where(t => mask[row * length + t]).Select(t => (int)values[(row * length + t) * 2]).ToArray();
            var pair = Pairs.Single(p => vocabulary.Encode(new Tokenizer().Tokenize(p.SentenceA)).DefaultIfEmpty(Vocabulary.UnknownIndex).SequenceEqual(
                tokens.Select(i => i == 0 ? Vocabulary.UnknownIndex : i)));
            Assert.Equal(pair.Score >= 3.5 ? 0f : 1f, labels[row]);
            for (var t = tokens.Length; t < length; t++)
            {
                Assert.Equal(0f, values[(row * length + t) * 2]);
            }
        }
    }

    [Fact]
    public void AnEmptySentenceBecomesOneUnknownToken()
    {
        using var dir = new TempDirectory();
        var (vocabulary, embeddings) = Vectors(dir);
        var pairs = SentencePairTask.Evaluation("toy", Pairs, vocabulary, embeddings, 3.5);
        var (_, right) = pairs.Slice(3, 1, CPU);
        Assert.Equal([1L, 1], right.Mask.shape);
        Assert.True(right.Mask.all().item<bool>());
    }

    [Fact]
    public void EvaluationKeepsGoldScoresAndShufflingKeepsTheBagOfWords()
    {
        using var dir = new TempDirectory();
        var (vocabulary, embeddings) = Vectors(dir);
        var plain = SentencePairTask.Evaluation("toy", Pairs, vocabulary, embeddings, 3.5);
        var shuffled = SentencePairTask.Evaluation("toy", Pairs, vocabulary, embeddings, 3.5, shuffleWordsSeed: 1);
        Assert.Equal(new[] { true, false, true, false }, plain.Same);
        Assert.Equal(Pairs.Select(p => (double)p.Score), plain.Gold!);
        var (a, _) = plain.Slice(0, 4, CPU);
        var (b, _) = shuffled.Slice(0, 4, CPU);
        Assert.True(a.Mask.Equals(b.Mask));
        Assert.False(a.Values.Equals(b.Values));
        using var sumA = a.Values.sum(1);
        using var sumB = b.Values.sum(1);
        Assert.True(sumA.allclose(sumB));
    }
}
