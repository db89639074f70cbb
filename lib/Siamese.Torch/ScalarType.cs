namespace Siamese.Torch;

public static partial class torch
{
    /// <summary>Element types, numbered as libtorch's <c>c10::ScalarType</c> (names as in TorchSharp).</summary>
    public enum ScalarType
    {
        /// <summary>uint8.</summary>
        Byte = 0,
        /// <summary>int8.</summary>
        Int8 = 1,
        /// <summary>int16.</summary>
        Int16 = 2,
        /// <summary>int32.</summary>
        Int32 = 3,
        /// <summary>int64 (PyTorch's <c>long</c>; indices and labels).</summary>
        Int64 = 4,
        /// <summary>IEEE half precision.</summary>
        Float16 = 5,
        /// <summary>float32, the default.</summary>
        Float32 = 6,
        /// <summary>float64.</summary>
        Float64 = 7,
        /// <summary>bool (results of comparisons, masks).</summary>
        Bool = 11,
        /// <summary>bfloat16 (autocast on recent GPUs).</summary>
        BFloat16 = 15,
    }

    /// <summary>uint8.</summary>
    public const ScalarType uint8 = ScalarType.Byte;
    /// <summary>int8.</summary>
    public const ScalarType int8 = ScalarType.Int8;
    /// <summary>int16.</summary>
    public const ScalarType int16 = ScalarType.Int16;
    /// <summary>int32.</summary>
    public const ScalarType int32 = ScalarType.Int32;
    /// <summary>int64.</summary>
    public const ScalarType int64 = ScalarType.Int64;
    /// <summary>Alias of int64, as in PyTorch.</summary>
    public const ScalarType @long = ScalarType.Int64;
    /// <summary>float16.</summary>
    public const ScalarType float16 = ScalarType.Float16;
    /// <summary>Alias of float16.</summary>
    public const ScalarType half = ScalarType.Float16;
    /// <summary>bfloat16.</summary>
    public const ScalarType bfloat16 = ScalarType.BFloat16;
    /// <summary>float32.</summary>
    public const ScalarType float32 = ScalarType.Float32;
    /// <summary>Alias of float32, as in PyTorch.</summary>
    public const ScalarType @float = ScalarType.Float32;
    /// <summary>float64.</summary>
    public const ScalarType float64 = ScalarType.Float64;
    /// <summary>Alias of float64, as in PyTorch.</summary>
    public const ScalarType @double = ScalarType.Float64;
    /// <summary>bool.</summary>
    public const ScalarType @bool = ScalarType.Bool;

    /// <summary>Size in bytes of one element of <paramref name="type"/>.</summary>
    public static int ElementSize(ScalarType type) => type switch
    {
        ScalarType.Byte or ScalarType.Int8 or ScalarType.Bool => 1,
        ScalarType.Int16 or ScalarType.Float16 or ScalarType.BFloat16 => 2,
        ScalarType.Int32 or ScalarType.Float32 => 4,
        ScalarType.Int64 or ScalarType.Float64 => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unsupported dtype"),
    };

    /// <summary>True for float16, bfloat16, float32 and float64.</summary>
    public static bool is_floating_point(ScalarType type) =>
        type is ScalarType.Float16 or ScalarType.BFloat16 or ScalarType.Float32 or ScalarType.Float64;
}
