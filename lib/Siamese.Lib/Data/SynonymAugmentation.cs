using System.Text;

namespace Siamese.Lib.Data;

/// <summary>
/// Extra training pairs made by replacing words with WordNet synonyms, as Mueller &amp; Thyagarajan (2016) did for
/// MaLSTM (~10,000 extra SICK pairs). Each new pair copies a random training pair, score included, with 1 to
/// <see cref="MaxReplacements"/> random words of sentence A and/or B replaced by a random synonym. What may change:
/// <list type="bullet">
/// <item>a word that is one token as written (letters only: not "dog's", "o'clock", "x-ray") and not a
/// <see cref="FunctionWords">function word</see> (WordNet lists "a" as vitamin A), and never by one;</item>
/// <item>only with a lemma of the word's first-listed synset (WordNet's most frequent sense) in its commonest part of
/// speech (there is no tagger): later senses and rarer parts drift ("man" → "valet", "dog" → "trail", the verb), and a
/// replacement should keep the meaning that the score rates. Only words WordNet lists as they are written change (it
/// lists base forms: "dogs" stays), and an "-ing" word only gets an "-ing" synonym and the other way round (WordNet's
/// gerund nouns would turn "is walking" into "is walk"), so grammar mostly holds; replacements are single words of
/// letters (one token each), restricted to <see cref="IsKnownWord"/> when given (e.g. words with a pretrained vector);</item>
/// <item>the rest of the sentence is kept character for character; a capitalised word gets a capitalised synonym.</item>
/// </list>
/// Only the training split is augmented: a pair from another split is an error (it would leak trial/test sentences).
/// The same pairs and seed give the same output (<see cref="DataRandom"/>); no output pair repeats a source pair's
/// sentences or another output pair.
/// </summary>
public sealed class SynonymAugmentation
{
    /// <summary>Extra pairs in the paper ("about 10,000").</summary>
    public const int PaperPairCount = 10_000;

    /// <summary>Default most words replaced in one pair.</summary>
    public const int DefaultMaxReplacements = 2;

    /// <summary>Synsets used per part of speech: the first-listed (most frequent) sense only.</summary>
    public const int SensesUsed = 1;

    /// <summary>Random source pairs drawn per wanted output pair before giving up (duplicates are redrawn).</summary>
    private const int DrawsPerPair = 20;

    private readonly WordNet _wordNet;
    private readonly Tokenizer _tokenizer;
    private readonly Dictionary<string, IReadOnlyList<string>> _replacements = new(StringComparer.Ordinal);

    /// <summary>Augmentation with <paramref name="wordNet"/>'s synonyms, words as <paramref name="tokenizer"/> splits them.</summary>
    public SynonymAugmentation(WordNet wordNet, Tokenizer tokenizer, Func<string, bool>? isKnownWord = null,
        int maxReplacements = DefaultMaxReplacements)
    {
        ArgumentNullException.ThrowIfNull(wordNet);
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxReplacements);
        (_wordNet, _tokenizer, IsKnownWord, MaxReplacements) = (wordNet, tokenizer, isKnownWord, maxReplacements);
    }

    /// <summary>Words a replacement must satisfy (lower case in), or null for any word.</summary>
    public Func<string, bool>? IsKnownWord { get; }

    /// <summary>Most words replaced in one pair (at least 1 always is).</summary>
    public int MaxReplacements { get; }

    /// <summary>The synonyms <paramref name="word"/> (lower case) may be replaced with; empty when it may not change.</summary>
    public IReadOnlyList<string> Replacements(string word)
    {
        if (!_replacements.TryGetValue(word, out var options))
        {
            options = FunctionWords.All.Contains(word) || !IsSingleToken(word)
                ? []
                : _wordNet.Synonyms(word, SensesUsed, commonestPartOnly: true)
                    .Where(s => s != word && !FunctionWords.All.Contains(s) && IsSingleToken(s) && SameEnding(word, s) && (IsKnownWord?.Invoke(s) ?? true)).ToArray();
            _replacements[word] = options;
        }
        return options;
    }

    /// <summary>
    /// <paramref name="count"/> new pairs from <paramref name="trainPairs"/> (ids <c>{source id}-syn{n}</c>, split and
    /// score of the source). Fewer when the pairs do not have that many distinct replacements (a random draw that
    /// repeats a pair is redrawn, up to 20 draws per wanted pair: the 4,500 SICK training pairs give 10,000, the quick
    /// profile's 600 about 2,200), so the
    /// caller reports the count it got. Throws when a pair is not from the training split, or when no pair has a
    /// replaceable word.
    /// </summary>
    public IReadOnlyList<SentencePair> Generate(IReadOnlyList<SentencePair> trainPairs, DataRandom random, int count = PaperPairCount)
    {
        ArgumentNullException.ThrowIfNull(trainPairs);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var other = trainPairs.FirstOrDefault(p => p.Split != "train");
        if (other is not null)
        {
            throw new ArgumentException($"only the training split is augmented; pair {other.Id} is from '{other.Split}'", nameof(trainPairs));
        }
        var slots = trainPairs.Select(p => Slots(p.SentenceA, 0).Concat(Slots(p.SentenceB, 1)).ToArray()).ToArray();
        var sources = Enumerable.Range(0, trainPairs.Count).Where(i => slots[i].Length > 0).ToArray();
        if (count > 0 && sources.Length == 0)
        {
            throw new ArgumentException("no training pair has a word with a usable synonym", nameof(trainPairs));
        }
        var seen = trainPairs.Select(p => (p.SentenceA, p.SentenceB)).ToHashSet();
        var result = new List<SentencePair>(count);
        for (var draws = 0; result.Count < count && draws < (long)count * DrawsPerPair; draws++)
        {
            var source = sources[random.Next(sources.Length)];
            var options = slots[source];
            var chosen = random.Choose(options.Length, 1 + random.Next(Math.Min(MaxReplacements, options.Length)));
            var picks = chosen.Select(i => options[i]).OrderByDescending(s => s.Start).ToArray();
            var pair = trainPairs[source];
            var (a, b) = (Replace(pair.SentenceA, picks.Where(s => s.Side == 0), random), Replace(pair.SentenceB, picks.Where(s => s.Side == 1), random));
            if (seen.Add((a, b)))
            {
                result.Add(pair with { Id = $"{pair.Id}-syn{result.Count + 1}", SentenceA = a, SentenceB = b });
            }
        }
        return result;
    }

    private readonly record struct Slot(int Side, int Start, int Length, string Word);

    // Words as the tokenizer sees them (runs of letters, digits and apostrophes) that may be replaced.
    private IEnumerable<Slot> Slots(string sentence, int side)
    {
        for (var i = 0; i < sentence.Length;)
        {
            if (!IsWordChar(sentence[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < sentence.Length && IsWordChar(sentence[i]))
            {
                i++;
            }
            var word = sentence[start..i].ToLowerInvariant();
            if (Replacements(word).Count > 0)
            {
                yield return new Slot(side, start, i - start, word);
            }
        }
    }

    // Slots in descending start order, so earlier positions stay valid while later ones change.
    private string Replace(string sentence, IEnumerable<Slot> slots, DataRandom random)
    {
        var text = new StringBuilder(sentence);
        foreach (var slot in slots)
        {
            var options = Replacements(slot.Word);
            var synonym = options[random.Next(options.Count)];
            if (char.IsUpper(sentence[slot.Start]))
            {
                synonym = char.ToUpperInvariant(synonym[0]) + synonym[1..];
            }
            text.Remove(slot.Start, slot.Length).Insert(slot.Start, synonym);
        }
        return text.ToString();
    }

    private const string Gerund = "ing";

    private static bool SameEnding(string word, string synonym) =>
        word.EndsWith(Gerund, StringComparison.Ordinal) == synonym.EndsWith(Gerund, StringComparison.Ordinal);

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '\u2019';

    private bool IsSingleToken(string word) =>
        word.Length > 0 && word.All(char.IsLetter) && _tokenizer.Tokenize(word) is [var only] && only == word;
}
