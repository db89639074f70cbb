namespace Siamese.Lib.Data;

/// <summary>
/// An N-way k-shot task over image indices: <see cref="Support"/> holds k images of each of N classes
/// (way-major: images 0..k−1 are way 0), <see cref="Queries"/> holds other images of the same classes, and
/// labels are way numbers 0..N−1 (not dataset classes), as episodic evaluation scores them.
/// </summary>
/// <param name="Classes">The dataset class of each way.</param>
/// <param name="Support">N × k support image indices, way-major.</param>
/// <param name="SupportLabels">Way of each support image.</param>
/// <param name="Queries">Query image indices.</param>
/// <param name="QueryLabels">Way of each query.</param>
public sealed record FewShotTask(IReadOnlyList<int> Classes, IReadOnlyList<int> Support, IReadOnlyList<int> SupportLabels,
    IReadOnlyList<int> Queries, IReadOnlyList<int> QueryLabels);
