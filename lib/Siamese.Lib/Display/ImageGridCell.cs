using Siamese.Lib.Data;

namespace Siamese.Lib.Display;

/// <summary>One cell of an <see cref="ImageGrid"/>: images side by side (a pair, a strip) and a caption under them.</summary>
/// <param name="Images">The images, left to right.</param>
/// <param name="Caption">The caption, or null for none.</param>
public sealed record ImageGridCell(IReadOnlyList<GrayImage> Images, string? Caption = null);
