namespace Siamese.Lib.Data;

/// <summary>
/// English closed-class words (articles, pronouns, prepositions, conjunctions, auxiliaries, negation, small numerals)
/// that <see cref="SynonymAugmentation"/> never replaces nor puts in (indefinite pronouns: "a person" → "a someone"). WordNet lists many of them as lemmas of unrelated content
/// words (<c>a</c> → vitamin A or angstrom, <c>in</c> → inch or indium, <c>one</c> → ace, <c>be</c> → beryllium,
/// <c>do</c> → doh), so a "synonym" of one would change the sentence's meaning or grammar, not its wording.
/// </summary>
public static class FunctionWords
{
    /// <summary>The words, lower case.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "that", "these", "those", "some", "any", "no", "none", "all", "each", "every", "both",
        "either", "neither", "other", "another", "such", "much", "many", "more", "most", "few", "less", "least", "own",
        "i", "me", "my", "mine", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "hers", "it", "its",
        "they", "them", "their", "one", "ones", "who", "whom", "whose", "which", "what", "there", "here", "where",
        "when", "why", "how", "in", "on", "at", "by", "for", "from", "of", "off", "to", "into", "onto", "out", "up",
        "down", "over", "under", "with", "without", "about", "above", "below", "across", "along", "around", "behind",
        "beside", "between", "beyond", "near", "through", "toward", "towards", "upon", "against", "among", "after",
        "before", "since", "until", "while", "during", "inside", "outside", "and", "or", "but", "nor", "so", "yet",
        "if", "than", "as", "because", "though", "although", "not", "n't", "be", "am", "is", "are", "was", "were",
        "been", "being", "have", "has", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
        "may", "might", "must", "very", "too", "also", "just", "only", "even", "still", "then", "now", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten", "someone", "somebody", "something", "anyone", "anybody",
        "anything", "everyone", "everybody", "everything", "nobody", "nothing",
    };
}
