using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Display;

/// <summary>
/// How an engine <see cref="Tensor"/> shows as a notebook cell's value: a header with shape, dtype and
/// device, then the values as PyTorch prints them (first and last three items of each long dimension beyond
/// 1000 elements), as text/plain and text/html; <see cref="DisplayFormatters"/> registers both with .NET Interactive's
/// formatter (which both kernels use).
/// </summary>
public static class TensorFormatters
{
    /// <summary>The plain-text form, e.g. <c>Tensor [2, 3] float32 cpu</c> and the bracketed values.</summary>
    /// <param name="tensor">Any tensor (a disposed one shows as such).</param>
    public static string PlainText(Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (tensor.IsInvalid)
        {
            return "Tensor (disposed)";
        }
        var view = TensorValues.Of(tensor);
        return TensorText.Format(view.Shape, DTypeName(tensor.dtype), DeviceName(tensor.device), view, view.Kind) + GradSuffix(tensor);
    }

    /// <summary>The HTML form: the same facts in a monospace block.</summary>
    /// <param name="tensor">Any tensor.</param>
    public static string Html(Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (tensor.IsInvalid)
        {
            return "<div><b>Tensor</b> (disposed)</div>";
        }
        var view = TensorValues.Of(tensor);
        return TensorText.FormatHtml(view.Shape, DTypeName(tensor.dtype), DeviceName(tensor.device), view, view.Kind);
    }

    /// <summary>PyTorch's dtype name without the <c>torch.</c> prefix: float32, int64, bool, ...</summary>
    /// <param name="type">The element type.</param>
    public static string DTypeName(ScalarType type) => type switch
    {
        ScalarType.Byte => "uint8",
        ScalarType.BFloat16 => "bfloat16",
        _ => type.ToString().ToLowerInvariant(),
    };

    private static string DeviceName(Device device) => device.ToString();

    private static string GradSuffix(Tensor tensor) => tensor.requires_grad ? "\nrequires_grad=True" : "";
}
