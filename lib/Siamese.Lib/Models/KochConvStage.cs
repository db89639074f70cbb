namespace Siamese.Lib.Models;

/// <summary>One convolution stage of a <see cref="KochCnn"/>: conv (channels @ kernel × kernel, zero padding) → ReLU → optional 2×2 max-pool.</summary>
/// <param name="Channels">Output channels before <c>widthScale</c> is applied.</param>
/// <param name="Kernel">Square kernel side.</param>
/// <param name="Pool">Whether a 2×2 max-pool follows.</param>
/// <param name="Padding">Zero padding on each side (0 in the paper).</param>
public sealed record KochConvStage(int Channels, int Kernel, bool Pool, int Padding = 0);
