namespace Siamese.Lib.Data;

/// <summary>
/// How well word vectors cover a vocabulary: which corpus words had no vector (they got the out-of-vocabulary
/// initialization instead), as word types and as a share of corpus tokens.
/// </summary>
/// <param name="VocabularyWords">Corpus word types (special tokens excluded).</param>
/// <param name="MissingWords">Types without a vector, most frequent first.</param>
/// <param name="TokenCoverage">Share of corpus tokens (by count) whose type has a vector, in [0, 1].</param>
public sealed record OovReport(int VocabularyWords, IReadOnlyList<string> MissingWords, double TokenCoverage)
{
    /// <summary>Types that have a vector.</summary>
    public int FoundWords => VocabularyWords - MissingWords.Count;

    /// <summary>Share of word types that have a vector, in [0, 1].</summary>
    public double TypeCoverage => VocabularyWords == 0 ? 1 : FoundWords / (double)VocabularyWords;

    /// <summary>One line for a notebook: "2,288 of 2,308 words have vectors (99.1 %; 99.9 % of tokens); missing: ...".</summary>
    public override string ToString() =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture,
            "{0:N0} of {1:N0} words have vectors ({2:P1}; {3:P1} of tokens); {4:N0} missing{5}",
            FoundWords, VocabularyWords, TypeCoverage, TokenCoverage, MissingWords.Count,
            MissingWords.Count == 0 ? "" : ", e.g. " + string.Join(", ", MissingWords.Take(10)));
}
