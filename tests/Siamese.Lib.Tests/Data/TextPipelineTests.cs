using Siamese.Lib.Data;

namespace Siamese.Lib.Tests.Data;

public class TextPipelineTests
{
    [Theory]
    [InlineData("Don't stop!", "do|n't|stop")]
    [InlineData("I can't, you won't.", "i|ca|n't|you|wo|n't")]
    [InlineData("It's the man's dog; we'll see, they're here, I'd go, I'm in, we've won",
        "it|'s|the|man|'s|dog|we|'ll|see|they|'re|here|i|'d|go|i|'m|in|we|'ve|won")]
    [InlineData("At 5 o'clock the 'quoted' word", "at|5|o|clock|the|quoted|word")]
    [InlineData("A MAN is Playing", "a|man|is|playing")]
    [InlineData("Isn\u2019t it", "is|n't|it")]
    [InlineData("  ", "")]
    public void TokenizesLikeGlove6B(string text, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), new Tokenizer().Tokenize(text));

    [Fact]
    public void KeepsPunctuationWhenAsked() =>
        Assert.Equal(new[] { "hi", ",", "you", "n't", "?" }, new Tokenizer(KeepPunctuation: true).Tokenize("Hi, youn't?"));

    [Fact]
    public void VocabularyIsOrderedByCountThenOrdinalWithSpecialTokensFirst()
    {
        var v = Vocabulary.Build([["b", "a", "c"], ["a", "c"], ["a"]]);
        Assert.Equal(new[] { "<pad>", "<unk>", "a", "c", "b" }, v.Tokens);
        Assert.Equal(new long[] { 0, 0, 3, 2, 1 }, v.Counts);
        Assert.Equal(new[] { 2, 1, 4 }, v.Encode(["a", "zzz", "b"]));
        var min2 = Vocabulary.Build([["b", "a", "c"], ["a", "c"], ["a"]], minCount: 2);
        Assert.Equal(Vocabulary.UnknownIndex, min2.IndexOf("b"));
    }

    [Fact]
    public void ConcatenatedVectorsPutBothSetsSideBySideWithZerosForMissingWords()
    {
        using var dir = new TempDirectory();
        var (big, small) = (dir.File("big.txt"), dir.File("small.txt"));
        File.WriteAllText(big, "dog 1 2 3\ncat 4 5 6\n");
        File.WriteAllText(small, "cat 7 8\nowl 9 10\n");
        var both = WordVectors.Concatenate(WordVectors.Load(big), WordVectors.Load(small));
        Assert.Equal(5, both.Dimension);
        Assert.Equal(new[] { "dog", "cat", "owl" }, both.Words);
        Assert.True(both.TryGetVector("dog", out var dog));
        Assert.Equal(new[] { 1f, 2, 3, 0, 0 }, dog.ToArray());
        Assert.True(both.TryGetVector("cat", out var cat));
        Assert.Equal(new[] { 4f, 5, 6, 7, 8 }, cat.ToArray());
        Assert.True(both.TryGetVector("owl", out var owl));
        Assert.Equal(new[] { 0f, 0, 0, 9, 10 }, owl.ToArray());
    }

    [Fact]
    public void ReadsGloveAndWord2VecTextFormats()
    {
        using var dir = new TempDirectory();
        var glove = dir.File("g.txt");
        File.WriteAllText(glove, "the 0.1 -0.2 3e-1\n. . . 1 2 3\ndog 4 5 6\n");
        var g = WordVectors.Load(glove);
        Assert.Equal(3, g.Dimension);
        Assert.Equal(new[] { "the", ". . .", "dog" }, g.Words);
        Assert.True(g.TryGetVector("the", out var the));
        Assert.Equal(new[] { 0.1f, -0.2f, 0.3f }, the.ToArray());

        var w2v = dir.File("w.txt");
        File.WriteAllText(w2v, "2 2\ncat 1 2\ndog 3 4\n");
        var w = WordVectors.Load(w2v, keepOnly: new HashSet<string> { "dog" });
        Assert.Equal(2, w.Dimension);
        Assert.Equal(new[] { "dog" }, w.Words);
        Assert.Equal(new[] { 3f, 4f }, w.Values);
    }

    [Fact]
    public void BadVectorFilesAreReportedWithLineNumbers()
    {
        using var dir = new TempDirectory();
        var p = dir.File("bad.txt");
        File.WriteAllText(p, "a 1 2\nb 1 x\n");
        Assert.Contains("line 2: value 'x'", Assert.Throws<DataFormatException>(() => WordVectors.Load(p)).Message);
        File.WriteAllText(p, "a 1 2\nb 1\n");
        Assert.Contains("line 2: 2 fields", Assert.Throws<DataFormatException>(() => WordVectors.Load(p)).Message);
        File.WriteAllText(p, "3 2\na 1 2\nb 1 2\n");
        Assert.Contains("declares 3 vectors", Assert.Throws<DataFormatException>(() => WordVectors.Load(p)).Message);
    }

    [Fact]
    public void EmbeddingMatrixCopiesVectorsAndReportsOov()
    {
        using var dir = new TempDirectory();
        var p = dir.File("g.txt");
        File.WriteAllText(p, "a 1 2\nb 3 4\n");
        var vocab = Vocabulary.Build([["a", "a", "a", "zz"], ["b", "qq", "a"]]);
        // tokens: a(4) b(1) qq(1) zz(1)
        var m = EmbeddingMatrix.Build(vocab, WordVectors.Load(p), oovScale: 0.5f, seed: 7);
        Assert.Equal((6, 2), (m.Rows, m.Dimension));
        Assert.Equal(new[] { 0f, 0f }, m.Values[..2]);                       // <pad>
        Assert.Equal(new[] { 1f, 2f }, m.Values.AsSpan(vocab.IndexOf("a") * 2, 2).ToArray());
        Assert.Equal(new[] { 3f, 4f }, m.Values.AsSpan(vocab.IndexOf("b") * 2, 2).ToArray());
        var qq = m.Values.AsSpan(vocab.IndexOf("qq") * 2, 2).ToArray();
        Assert.All(qq, v => Assert.InRange(v, -0.5f, 0.5f));
        Assert.NotEqual(new[] { 0f, 0f }, qq);
        Assert.Equal(new[] { "qq", "zz" }, m.Report.MissingWords);
        Assert.Equal(4, m.Report.VocabularyWords);
        Assert.Equal(5 / 7.0, m.Report.TokenCoverage, 12);
        Assert.Contains("2 of 4 words have vectors", m.Report.ToString());
        // Same seed, same matrix.
        Assert.Equal(m.Values, EmbeddingMatrix.Build(vocab, WordVectors.Load(p), 0.5f, 7).Values);
    }

    [Theory]
    [InlineData(PaddingSide.Right, new long[] { 5, 6, 7, 0, 8, 0, 0, 0, 1, 2, 3, 4 }, new[] { true, true, true, false, true, false, false, false, true, true, true, true })]
    [InlineData(PaddingSide.Left, new long[] { 0, 5, 6, 7, 0, 0, 0, 8, 1, 2, 3, 4 }, new[] { false, true, true, true, false, false, false, true, true, true, true, true })]
    public void PadsWithLengthsAndMasks(PaddingSide side, long[] indices, bool[] mask)
    {
        var p = PaddedSequences.Pad([[5, 6, 7], [8], [1, 2, 3, 4, 9]], maxLength: 4, side);
        Assert.Equal(indices, p.Indices);
        Assert.Equal(mask, p.Mask);
        Assert.Equal(new long[] { 3, 1, 4 }, p.Lengths);
        Assert.Equal(1, p.TruncatedCount);
        using var t = p.IndicesTensor();
        Assert.Equal(new long[] { 3, 4 }, t.shape);
        using var m = p.MaskTensor();
        Assert.Equal(mask, m.data<bool>().ToArray());
    }

    [DataFact(DatasetCatalog.Sick, DatasetCatalog.Glove)]
    public void RealSickVocabularyIsCoveredByTheGloveSubset()
    {
        var tok = new Tokenizer();
        var pairs = SickLoader.LoadFull();
        var vocab = Vocabulary.Build(pairs.SelectMany(p => new[] { tok.Tokenize(p.SentenceA), tok.Tokenize(p.SentenceB) }));
        var vectors = WordVectors.LoadGlove6B50d(new HashSet<string>(vocab.Tokens));
        var m = EmbeddingMatrix.Build(vocab, vectors);
        Assert.Equal(50, m.Dimension);
        // MANIFEST.md: 99.1 % of SICK word types have a 6B-50d vector (the 20 missing types are rare words).
        Assert.InRange(m.Report.TypeCoverage, 0.985, 1.0);
        Assert.InRange(m.Report.TokenCoverage, 0.998, 1.0);
    }
}
