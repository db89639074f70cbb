using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Siamese.Lib.Training;

/// <summary>
/// Zeroes gradients in place, as PyTorch 1.13's <c>Optimizer.zero_grad()</c> does by default (set_to_none=False):
/// the gradient buffers stay allocated and the next backward accumulates into them instead of allocating new ones.
/// </summary>
public static class GradientReset
{
    /// <summary>Fills the gradient of every parameter that has one with zeros; parameters without one are skipped.</summary>
    public static void Zero(IEnumerable<Parameter> parameters)
    {
        using var noGrad = no_grad();
        foreach (var p in parameters)
        {
            using var grad = p.grad;
            grad?.zero_();
        }
    }
}
