namespace Siamese.Lib.Data;

/// <summary>
/// One N-way one-shot trial over image indices of a dataset: the query and N candidates, exactly one of the
/// query's class (at <see cref="CorrectIndex"/>). The network scores (query, candidate) pairs and is right
/// when the highest score is at <see cref="CorrectIndex"/>.
/// </summary>
/// <param name="Query">Index of the test image.</param>
/// <param name="Candidates">Indices of the N support images, one per class.</param>
/// <param name="CorrectIndex">Position in <paramref name="Candidates"/> of the query's class.</param>
public sealed record OneShotIndexTrial(int Query, IReadOnlyList<int> Candidates, int CorrectIndex);
