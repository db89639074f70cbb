namespace Siamese.Torch;

/// <summary>What <c>nn.functional.grid_sample</c> reads outside the image (PyTorch's <c>padding_mode</c>).</summary>
public enum GridSamplePaddingMode
{
    /// <summary><c>"zeros"</c>: zero outside the image.</summary>
    Zeros,

    /// <summary><c>"border"</c>: the nearest border pixel.</summary>
    Border,

    /// <summary><c>"reflection"</c>: the image mirrored at its border.</summary>
    Reflection,
}
