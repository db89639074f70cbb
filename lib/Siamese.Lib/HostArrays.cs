using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib;

/// <summary>
/// Copies tensor values into .NET arrays. TorchSharp's <c>data&lt;T&gt;()</c> is a view (a <c>TensorAccessor</c>)
/// whose <c>ToArray()</c> throws on an empty tensor; this returns an empty array there, and flattens first so
/// that scalars and any shape give their values in row-major order.
/// </summary>
internal static class HostArrays
{
    /// <summary>The values of <paramref name="tensor"/> (any shape, already of element type <typeparamref name="T"/> and on the CPU), row-major.</summary>
    public static T[] ToArray<T>(Tensor tensor) where T : unmanaged
    {
        if (tensor.numel() == 0)
        {
            return [];
        }
        using var flat = tensor.reshape(-1).contiguous();
        return flat.data<T>().ToArray();
    }
}
