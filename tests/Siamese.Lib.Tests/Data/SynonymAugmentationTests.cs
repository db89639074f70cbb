using Siamese.Lib.Data;

namespace Siamese.Lib.Tests.Data;

public sealed class SynonymAugmentationTests : IDisposable
{
    private const int Count = 60;
    private readonly TempDirectory _dir = new();
    private readonly WordNet _wordNet;
    private readonly Tokenizer _tokenizer = new();

    private static readonly SentencePair[] Train =
    [
        new("1", "A man is driving a car.", "A man drives a big car", 4.5f, "train", "ENTAILMENT"),
        new("2", "The dog is sitting on the sofa", "A dog sits on a couch", 4.0f, "train", "ENTAILMENT"),
        new("3", "Car races quickly", "The motorcar is large", 3.2f, "train", "NEUTRAL"),
        new("4", "A dog runs", "Dogs run", 4.8f, "train", "ENTAILMENT"),
    ];

    public SynonymAugmentationTests() => _wordNet = WordNet.Load(WordNetFixture.Write(_dir.Path));

    public void Dispose() => _dir.Dispose();

    private static SentencePair Source(SentencePair made) => Train.Single(p => p.Id == made.Id[..made.Id.LastIndexOf("-syn", StringComparison.Ordinal)]);

    [Fact]
    public void SameSeedSamePairsOtherSeedOtherPairs()
    {
        var augmentation = new SynonymAugmentation(_wordNet, _tokenizer);
        var first = augmentation.Generate(Train, new DataRandom(7), Count);
        Assert.Equal(Count, first.Count);
        Assert.Equal(first, new SynonymAugmentation(_wordNet, _tokenizer).Generate(Train, new DataRandom(7), Count));
        Assert.NotEqual(first, augmentation.Generate(Train, new DataRandom(8), Count));
    }

    [Fact]
    public void KeepsScoreAndLabelAndChangesOneToMaxReplacementsWordsOnlyToFirstSenseSynonyms()
    {
        var made = new SynonymAugmentation(_wordNet, _tokenizer).Generate(Train, new DataRandom(1), Count);
        foreach (var pair in made)
        {
            var source = Source(pair);
            Assert.Equal((source.Score, source.Entailment, "train"), (pair.Score, pair.Entailment, pair.Split));
            var changed = 0;
            foreach (var (before, after) in new[] { (source.SentenceA, pair.SentenceA), (source.SentenceB, pair.SentenceB) })
            {
                var (b, a) = (_tokenizer.Tokenize(before), _tokenizer.Tokenize(after));
                Assert.Equal(b.Count, a.Count);
                foreach (var i in Enumerable.Range(0, b.Count).Where(i => b[i] != a[i]))
                {
                    changed++;
                    Assert.DoesNotContain(b[i], FunctionWords.All);
                    Assert.DoesNotContain(a[i], FunctionWords.All);
                    Assert.Contains(a[i], _wordNet.Synonyms(b[i], sensesPerPart: SynonymAugmentation.SensesUsed));
                }
            }
            Assert.InRange(changed, 1, SynonymAugmentation.DefaultMaxReplacements);
        }
        Assert.Contains(made, p => Source(p).Id == "2");
        Assert.DoesNotContain(made, p => Source(p).Id == "4");
    }

    [Fact]
    public void NoPairRepeatsASourcePairOrAnotherNewPair()
    {
        var made = new SynonymAugmentation(_wordNet, _tokenizer).Generate(Train, new DataRandom(3), Count);
        var texts = made.Select(p => (p.SentenceA, p.SentenceB)).ToList();
        Assert.Equal(texts.Count, texts.Distinct().Count());
        Assert.DoesNotContain(texts, t => Train.Any(p => (p.SentenceA, p.SentenceB) == t));
        Assert.Equal(made.Count, made.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void KeepsPunctuationAndCapitalisation()
    {
        var made = new SynonymAugmentation(_wordNet, _tokenizer).Generate(Train, new DataRandom(5), Count);
        Assert.All(made.Where(p => Source(p).Id == "1"), p => Assert.EndsWith(".", p.SentenceA));
        var carFirst = made.Where(p => Source(p).Id == "3" && !p.SentenceA.StartsWith("Car ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(carFirst);
        Assert.All(carFirst, p => Assert.True(char.IsUpper(p.SentenceA[0]), p.SentenceA));
    }

    [Fact]
    public void FunctionWordsRarerPartsOfSpeechGerundChangesAndUnknownWordsAreNeverReplacements()
    {
        Assert.Contains("angstrom", _wordNet.Synonyms("a"));
        var augmentation = new SynonymAugmentation(_wordNet, _tokenizer, isKnownWord: w => w != "automobile");
        Assert.Empty(augmentation.Replacements("a"));
        Assert.Equal(["auto", "machine", "motorcar"], augmentation.Replacements("car"));
        Assert.Empty(augmentation.Replacements("dog"));
        Assert.Equal(["trail", "tail"], _wordNet.Synonyms("dog"));
        Assert.Equal(["walk"], _wordNet.Synonyms("walking"));
        Assert.Empty(augmentation.Replacements("walking"));
        Assert.Equal(["discharge"], augmentation.Replacements("fire"));
        var made = augmentation.Generate(Train, new DataRandom(2), Count);
        Assert.DoesNotContain(made, p => (p.SentenceA + " " + p.SentenceB).Contains("automobile", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void OnlyTheTrainingSplitIsAugmented()
    {
        var mixed = Train.Append(new SentencePair("9", "A big car", "A large car", 4.9f, "test")).ToArray();
        var error = Assert.Throws<ArgumentException>(() => new SynonymAugmentation(_wordNet, _tokenizer).Generate(mixed, new DataRandom(0), 1));
        Assert.Contains("training split", error.Message);
        Assert.Contains("'test'", error.Message);
    }

    [Fact]
    public void GivesFewerPairsWhenThePairsRunOutOfDistinctReplacements()
    {
        var augmentation = new SynonymAugmentation(_wordNet, _tokenizer);
        Assert.Throws<ArgumentException>(() => augmentation.Generate([Train[3]], new DataRandom(0), 1));
        Assert.Empty(augmentation.Generate([Train[3]], new DataRandom(0), 0));
        // "Car races quickly" / "The motorcar is large": 11 single and 42 double replacements, then no new pair is left.
        var all = augmentation.Generate([Train[2]], new DataRandom(0), 1000);
        Assert.Equal(11 + 42, all.Count);
        Assert.Equal(all.Count, all.Select(p => (p.SentenceA, p.SentenceB)).Distinct().Count());
    }
}
