namespace Siamese.Lib.Data;

/// <summary>
/// One N-way one-shot trial: a query (test) image and N candidate (support) images, exactly one of the same
/// class as the query. Images are H × W bytes (255 = white), as in <see cref="ImageDataset"/>.
/// </summary>
/// <param name="Query">The test image.</param>
/// <param name="Candidates">The N support images, one per class.</param>
/// <param name="CorrectIndex">Index in <paramref name="Candidates"/> of the query's class.</param>
/// <param name="Name">Where it came from (e.g. <c>run01/test/item01.png</c>).</param>
public sealed record OneShotTrial(byte[] Query, IReadOnlyList<byte[]> Candidates, int CorrectIndex, string Name);
