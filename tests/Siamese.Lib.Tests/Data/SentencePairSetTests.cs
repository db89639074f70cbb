using Siamese.Lib.Data;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Data;

public class SentencePairSetTests
{
    private static readonly SentencePair[] Pairs =
    [
        new("1", "A man plays.", "A man is playing a guitar.", 4.5f, "train"),
        new("2", "Nobody is here", "A dog runs", 1.0f, "train"),
        new("3", "Two kids", "Kids, two!", 3.25f, "train"),
    ];

    private static (SentencePairSet Set, Vocabulary Vocabulary) Encode()
    {
        var tokenizer = new Tokenizer();
        var vocabulary = Vocabulary.Build(Pairs.Take(2).SelectMany(p => new[] { tokenizer.Tokenize(p.SentenceA), tokenizer.Tokenize(p.SentenceB) }));
        return (SentencePairSet.Encode(Pairs, tokenizer, vocabulary), vocabulary);
    }

    [Fact]
    public void EncodesBothSidesWithUnknownWordsAsUnk()
    {
        var (set, v) = Encode();
        Assert.Equal(3, set.Count);
        Assert.Equal(new[] { "a", "man", "plays" }.Select(v.IndexOf), set.Left[0]);
        Assert.Equal(new[] { v.IndexOf("a"), v.IndexOf("man"), v.IndexOf("is"), v.IndexOf("playing"), v.IndexOf("a"), v.IndexOf("guitar") }, set.Right[0]);
        Assert.Equal(new[] { Vocabulary.UnknownIndex, Vocabulary.UnknownIndex }, set.Left[2]);   // "two kids": never seen
        Assert.Equal(new[] { 4.5f, 1f, 3.25f }, set.Scores);
        Assert.Equal(6, set.LongestSentence);
    }

    [Fact]
    public void BatchPadsRightToTheLongestSentenceOfEitherSideWithMasks()
    {
        var (set, _) = Encode();
        var batch = set.Batch([1, 0]);
        Assert.Equal([2L, 6], batch.Left.Values.shape);
        Assert.Equal([2L, 6], batch.Right.Values.shape);
        Assert.Equal(ScalarType.Int64, batch.Left.Values.dtype);
        var left = batch.Left.Values.data<long>().ToArray();
        Assert.Equal(set.Left[1].Select(i => (long)i).Concat(Enumerable.Repeat(0L, 3)), left[..6]);
        Assert.Equal(new[] { true, true, true, false, false, false }, batch.Left.Mask.data<bool>().ToArray()[..6]);
        Assert.Equal(Enumerable.Repeat(true, 6), batch.Right.Mask.data<bool>().ToArray()[6..]);
        Assert.Equal(new[] { 1f, 4.5f }, batch.Scores.data<float>().ToArray());
        Assert.Equal(new[] { 1, 0 }, batch.Rows);
        Assert.Equal(0, batch.TruncatedCount);
    }

    [Fact]
    public void MaxLengthCutsToTheFirstTokensAndCountsCuts()
    {
        var (set, _) = Encode();
        var batch = set.Batch([0], maxLength: 2);
        Assert.Equal([1L, 2], batch.Right.Values.shape);
        Assert.Equal(set.Right[0][..2].Select(i => (long)i), batch.Right.Values.data<long>().ToArray());
        Assert.Equal(2, batch.TruncatedCount);   // "a man plays" (3) and the guitar sentence (6)
    }

    [Fact]
    public void BatchesCoverEveryPairOnceAndShuffleReproducibly()
    {
        var (set, _) = Encode();
        var ordered = set.Batches(2).ToList();
        Assert.Equal(new[] { 2, 1 }, ordered.Select(b => b.Count));
        Assert.Equal(new[] { 0, 1, 2 }, ordered.SelectMany(b => b.Rows));
        var a = set.Batches(2, new Random(5)).SelectMany(b => b.Rows).ToArray();
        var b = set.Batches(2, new Random(5)).SelectMany(b => b.Rows).ToArray();
        Assert.Equal(a, b);
        Assert.Equal(new[] { 0, 1, 2 }, a.Order());
    }

    [Fact]
    public void SubsetAndTakeKeepAlignment()
    {
        var (set, _) = Encode();
        var sub = set.Subset([2, 0]);
        Assert.Equal(new[] { "3", "1" }, sub.Pairs.Select(p => p.Id));
        Assert.Equal(set.Right[0], sub.Right[1]);
        Assert.Equal(new[] { 3.25f, 4.5f }, sub.Scores);
        Assert.Equal(2, set.Take(2).Count);
        Assert.Equal(3, set.Take(99).Count);
    }

    [Fact]
    public void EmptyBatchIsAnError() =>
        Assert.Throws<ArgumentException>(() => Encode().Set.Batch([]));
}
