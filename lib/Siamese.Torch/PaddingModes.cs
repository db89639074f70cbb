namespace Siamese.Torch;

/// <summary>How <c>nn.functional.pad</c> fills the border (PyTorch's <c>mode</c> string).</summary>
public enum PaddingModes
{
    /// <summary>A constant value (<c>"constant"</c>).</summary>
    Constant,

    /// <summary>Mirror without repeating the edge (<c>"reflect"</c>).</summary>
    Reflect,

    /// <summary>Repeat the edge value (<c>"replicate"</c>).</summary>
    Replicate,

    /// <summary>Wrap around (<c>"circular"</c>).</summary>
    Circular,

    /// <summary>Zeros (a constant of 0; the default padding of convolutions).</summary>
    Zeros,
}
