namespace Siamese.Torch;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>Converts to float32.</summary>
        public Tensor @float() => to(ScalarType.Float32);
        /// <summary>Converts to float64.</summary>
        public Tensor @double() => to(ScalarType.Float64);
        /// <summary>Converts to float16.</summary>
        public Tensor half() => to(ScalarType.Float16);
        /// <summary>Converts to bfloat16.</summary>
        public Tensor bfloat16() => to(ScalarType.BFloat16);
        /// <summary>Converts to int64.</summary>
        public Tensor @long() => to(ScalarType.Int64);
        /// <summary>Converts to int32.</summary>
        public Tensor @int() => to(ScalarType.Int32);
        /// <summary>Converts to uint8.</summary>
        public Tensor @byte() => to(ScalarType.Byte);
        /// <summary>Converts to bool (nonzero = true).</summary>
        public Tensor @bool() => to(ScalarType.Bool);
        /// <summary>Converts to <paramref name="other"/>'s dtype and device.</summary>
        public Tensor type_as(Tensor other) => to(other.dtype, other.device);
        /// <summary>True for floating-point dtypes.</summary>
        public bool is_floating_point() => torch.is_floating_point(dtype);
        /// <summary>Size in bytes of one element.</summary>
        public long element_size() => ElementSize(dtype);
    }
}
