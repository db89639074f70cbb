namespace Siamese.Lib.Display;

/// <summary>How <see cref="TensorText"/> prints array elements.</summary>
public enum ElementKind
{
    /// <summary>Floating point: fixed with four decimals, or scientific when magnitudes are extreme.</summary>
    Float,

    /// <summary>Integers.</summary>
    Integer,

    /// <summary>Booleans (values 0 or 1) as True/False.</summary>
    Bool,
}
