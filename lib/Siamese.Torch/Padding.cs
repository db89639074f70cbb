namespace Siamese.Torch;

/// <summary>Symbolic convolution padding (PyTorch's <c>padding="valid"|"same"</c>).</summary>
public enum Padding
{
    /// <summary>No padding: the output shrinks by <c>dilation * (kernel - 1)</c>.</summary>
    Valid,

    /// <summary>Pad so that the output has the input's spatial size (stride 1 only).</summary>
    Same,
}
