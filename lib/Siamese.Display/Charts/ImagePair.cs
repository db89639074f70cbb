using Siamese.Display.Imaging;

namespace Siamese.Display.Charts;

/// <summary>Two images shown side by side with a caption (a pair and its label or predicted distance).</summary>
/// <param name="Left">The first image.</param>
/// <param name="Right">The second image.</param>
/// <param name="Caption">Shown under the pair.</param>
public sealed record ImagePair(RasterImage Left, RasterImage Right, string Caption);
