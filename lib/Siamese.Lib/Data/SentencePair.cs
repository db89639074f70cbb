namespace Siamese.Lib.Data;

/// <summary>
/// A pair of sentences with a human similarity score: SICK relatedness (1–5) or STS Benchmark similarity (0–5).
/// </summary>
/// <param name="Id">The pair's id in its file (SICK <c>pair_ID</c>; STS-B <c>genre/file/year/id</c>).</param>
/// <param name="SentenceA">First sentence, as in the file.</param>
/// <param name="SentenceB">Second sentence, as in the file.</param>
/// <param name="Score">The gold score.</param>
/// <param name="Split">"train", "trial"/"dev" or "test".</param>
/// <param name="Entailment">SICK's entailment label (ENTAILMENT, NEUTRAL, CONTRADICTION); null for STS-B.</param>
/// <param name="Genre">STS-B's genre (main-captions, main-news, main-forums); null for SICK.</param>
public sealed record SentencePair(string Id, string SentenceA, string SentenceB, float Score, string Split,
    string? Entailment = null, string? Genre = null);
