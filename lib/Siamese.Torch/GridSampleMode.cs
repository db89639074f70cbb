namespace Siamese.Torch;

/// <summary>How <c>nn.functional.grid_sample</c> reads between pixels (PyTorch's <c>mode</c> string).</summary>
public enum GridSampleMode
{
    /// <summary><c>"bilinear"</c>: weighted mean of the four neighbours.</summary>
    Bilinear,

    /// <summary><c>"nearest"</c>: the nearest pixel.</summary>
    Nearest,

    /// <summary><c>"bicubic"</c>: cubic convolution over 4×4 neighbours (4-D input only).</summary>
    Bicubic,
}
