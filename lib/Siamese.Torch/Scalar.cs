using Siamese.Torch.Native;

namespace Siamese.Torch;

/// <summary>
/// A number passed to an operation (<c>t + 2</c>, <c>torch.full(shape, 0.5f)</c>). Integral values stay
/// integral so that an int64 tensor plus 2 stays int64, as in PyTorch; a floating value promotes.
/// </summary>
public readonly struct Scalar
{
    private readonly double _double;
    private readonly long _long;
    private readonly int _kind;

    private Scalar(double d, long l, int kind)
    {
        _double = d;
        _long = l;
        _kind = kind;
    }

    /// <summary>True when the value is floating point.</summary>
    public bool IsFloatingPoint => _kind == 0;

    /// <summary>The value as a double.</summary>
    public double ToDouble() => _kind == 0 ? _double : _long;

    /// <summary>The value as a 64-bit integer (truncated when floating).</summary>
    public long ToInt64() => _kind == 0 ? (long)_double : _long;

    /// <summary>Converts a double.</summary>
    public static implicit operator Scalar(double value) => new(value, 0, 0);

    /// <summary>Converts a float.</summary>
    public static implicit operator Scalar(float value) => new(value, 0, 0);

    /// <summary>Converts an int.</summary>
    public static implicit operator Scalar(int value) => new(0, value, 1);

    /// <summary>Converts a long.</summary>
    public static implicit operator Scalar(long value) => new(0, value, 1);

    /// <summary>Converts a bool.</summary>
    public static implicit operator Scalar(bool value) => new(0, value ? 1 : 0, 2);

    internal NativeScalar ToNative() => new(_double, _long, _kind);

    /// <inheritdoc />
    public override string ToString() => _kind switch
    {
        0 => _double.ToString(System.Globalization.CultureInfo.InvariantCulture),
        2 => _long != 0 ? "True" : "False",
        _ => _long.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
