using TorchSharp;

namespace Siamese.Lib.Runtime;

/// <summary>
/// Native scalars allocated once per process. TorchSharp turns every C# number passed to an op (<c>t * 2.0</c>,
/// <c>t.add_(u)</c>, whose alpha defaults to 1) into a new native <see cref="Scalar"/> with a finalizer; in a hot
/// loop that allocation and the finalizer thread's work cost more than a small op itself (environment/README.md,
/// "Speed"). Pass these instead where the value is a constant. Never dispose them.
/// </summary>
public static class Scalars
{
    /// <summary>The scalar 1 (the alpha of <c>add_</c>, <c>sub_</c>; the value of <c>addcmul_</c>).</summary>
    public static readonly Scalar One = 1.ToScalar();

    /// <summary>The scalar −1 (subtracting through <c>add_(t, alpha)</c>).</summary>
    public static readonly Scalar MinusOne = (-1).ToScalar();

    /// <summary>The scalar 0.</summary>
    public static readonly Scalar Zero = 0.ToScalar();
}
