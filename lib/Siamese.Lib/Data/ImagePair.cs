namespace Siamese.Lib.Data;

/// <summary>Two image indices of one dataset and whether they share a class.</summary>
/// <param name="Left">Index of the first image.</param>
/// <param name="Right">Index of the second image.</param>
/// <param name="Similar">True when both images have the same class.</param>
public readonly record struct ImagePair(int Left, int Right, bool Similar);
