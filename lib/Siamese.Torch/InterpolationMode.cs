namespace Siamese.Torch;

/// <summary>Resampling algorithm of <c>nn.functional.interpolate</c> (PyTorch's <c>mode</c> string).</summary>
public enum InterpolationMode
{
    /// <summary><c>"nearest"</c>: PyTorch's legacy nearest neighbour (floor of the scaled index).</summary>
    Nearest,

    /// <summary><c>"linear"</c>: 3-D input (N, C, L).</summary>
    Linear,

    /// <summary><c>"bilinear"</c>: 4-D input (N, C, H, W).</summary>
    Bilinear,

    /// <summary><c>"bicubic"</c>: 4-D input (N, C, H, W).</summary>
    Bicubic,

    /// <summary><c>"trilinear"</c>: 5-D input (N, C, D, H, W).</summary>
    Trilinear,

    /// <summary><c>"area"</c>: adaptive average pooling to the output size.</summary>
    Area,

    /// <summary><c>"nearest-exact"</c>: nearest neighbour with pixel-centre alignment (as PIL/scikit-image).</summary>
    NearestExact,
}
