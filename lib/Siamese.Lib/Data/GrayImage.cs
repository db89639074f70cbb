namespace Siamese.Lib.Data;

/// <summary>An 8-bit grayscale image: <see cref="Height"/> rows of <see cref="Width"/> pixels, row-major.</summary>
/// <param name="Width">Pixels per row.</param>
/// <param name="Height">Rows.</param>
/// <param name="Pixels">Height × Width gray values, 0 = black, 255 = white.</param>
public sealed record GrayImage(int Width, int Height, byte[] Pixels);
