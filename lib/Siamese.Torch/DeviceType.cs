namespace Siamese.Torch;

/// <summary>Device kinds, numbered as libtorch's <c>c10::DeviceType</c>.</summary>
public enum DeviceType
{
    /// <summary>The host processor.</summary>
    CPU = 0,
    /// <summary>An NVIDIA GPU (needs a CUDA build of libtorch).</summary>
    CUDA = 1,
}
