using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>Helpers shared by the layer classes: parameter creation and PyTorch's default initialisation.</summary>
internal static class Layers
{
    /// <summary>PyTorch's default slope for the Kaiming initialisation of Linear and Conv weights.</summary>
    private static readonly double DefaultKaimingSlope = Math.Sqrt(5);

    /// <summary>A parameter of <paramref name="shape"/> with uninitialised values.</summary>
    internal static nn.Parameter NewParameter(long[] shape, ScalarType? dtype, Device? device)
    {
        using var data = empty(shape, dtype, device);
        return new nn.Parameter(data);
    }

    /// <summary>A buffer tensor that belongs to its module, not to the dispose scope it was created in.</summary>
    internal static Tensor Buffer(Tensor t) => t.DetachFromDisposeScope();

    /// <summary>
    /// PyTorch's <c>reset_parameters</c> of Linear and _ConvNd: weight kaiming_uniform_(a = √5), then bias
    /// U(−1/√fan_in, 1/√fan_in) (0 bound when fan_in is 0). The order of the draws matters for seeding.
    /// </summary>
    internal static void ResetWeightAndBias(Tensor weight, Tensor? bias)
    {
        nn.init.kaiming_uniform_(weight, a: DefaultKaimingSlope);
        if (bias is not null)
        {
            var (fanIn, _) = nn.init.calculate_fan_in_and_fan_out(weight);
            var bound = fanIn > 0 ? 1 / Math.Sqrt(fanIn) : 0;
            nn.init.uniform_(bias, -bound, bound);
        }
    }

    internal static void CheckProbability(double p)
    {
        if (p < 0 || p > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, $"dropout probability has to be between 0 and 1, but got {p}");
        }
    }
}
