using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    private static unsafe Tensor Create(long[] size, ScalarType? dtype, Device? device, bool requires_grad,
        delegate*<long*, long, int, int, int, int, out IntPtr, int> factory)
    {
        fixed (long* p = size)
        {
            var status = factory(p, size.Length, dtype is null ? -1 : (int)dtype, device is null ? -1 : (int)device.type,
                device?.index ?? -1, requires_grad ? 1 : 0, out var r);
            return Tensor.Wrap(status, r);
        }
    }

    /// <summary>Zeros of the given shape (float32 on the CPU unless told otherwise).</summary>
    public static unsafe Tensor zeros(long[] size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Create(size, dtype, device, requires_grad, &sts_zeros);

    /// <summary>Zeros of the given shape.</summary>
    public static Tensor zeros(params long[] size) => zeros(size, null);

    /// <summary>Ones of the given shape.</summary>
    public static unsafe Tensor ones(long[] size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Create(size, dtype, device, requires_grad, &sts_ones);

    /// <summary>Ones of the given shape.</summary>
    public static Tensor ones(params long[] size) => ones(size, null);

    /// <summary>Uninitialised memory of the given shape.</summary>
    public static unsafe Tensor empty(long[] size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Create(size, dtype, device, requires_grad, &sts_empty);

    /// <summary>Uniform samples in [0, 1).</summary>
    public static unsafe Tensor rand(long[] size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Create(size, dtype, device, requires_grad, &sts_rand);

    /// <summary>Uniform samples in [0, 1).</summary>
    public static Tensor rand(params long[] size) => rand(size, null);

    /// <summary>Standard normal samples.</summary>
    public static unsafe Tensor randn(long[] size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Create(size, dtype, device, requires_grad, &sts_randn);

    /// <summary>Standard normal samples.</summary>
    public static Tensor randn(params long[] size) => randn(size, null);

    /// <summary>A tensor filled with <paramref name="value"/>.</summary>
    public static unsafe Tensor full(long[] size, Scalar value, ScalarType? dtype = null, Device? device = null, bool requires_grad = false)
    {
        fixed (long* p = size)
        {
            var status = sts_full(p, size.Length, value.ToNative(), dtype is null ? -1 : (int)dtype,
                device is null ? -1 : (int)device.type, device?.index ?? -1, requires_grad ? 1 : 0, out var r);
            return Tensor.Wrap(status, r);
        }
    }

    private static unsafe Tensor FromArray<T>(T[] data, long[]? dimensions, ScalarType type, ScalarType? dtype, Device? device, bool requires_grad)
        where T : unmanaged
    {
        var shape = dimensions ?? [data.LongLength];
        long count = 1;
        foreach (var d in shape)
        {
            if (d < 0)
            {
                throw new ArgumentException($"negative dimension in shape [{string.Join(", ", shape)}]", nameof(dimensions));
            }
            count *= d;
        }
        if (count != data.LongLength)
        {
            throw new ArgumentException($"shape [{string.Join(", ", shape)}] needs {count} elements but the array has {data.LongLength}", nameof(dimensions));
        }
        Tensor result;
        fixed (T* p = data)
        fixed (long* s = shape)
        {
            result = Tensor.Wrap(sts_tensor_from_blob(p, s, shape.Length, (int)type, out var r), r);
        }
        if ((dtype is not null && dtype != type) || (device is not null && device.type != DeviceType.CPU))
        {
            using var host = result;
            result = host.to(dtype ?? type, device ?? CPU);
        }
        if (requires_grad)
        {
            result.requires_grad = true;
        }
        return result;
    }

    /// <summary>A tensor holding a copy of <paramref name="data"/> with the given shape (1-D when null).</summary>
    public static Tensor tensor(float[] data, long[]? dimensions = null, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromArray(data, dimensions, ScalarType.Float32, dtype, device, requires_grad);

    /// <summary>A float64 tensor from <paramref name="data"/>.</summary>
    public static Tensor tensor(double[] data, long[]? dimensions = null, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromArray(data, dimensions, ScalarType.Float64, dtype, device, requires_grad);

    /// <summary>An int64 tensor from <paramref name="data"/>.</summary>
    public static Tensor tensor(long[] data, long[]? dimensions = null, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromArray(data, dimensions, ScalarType.Int64, dtype, device, requires_grad);

    /// <summary>An int32 tensor from <paramref name="data"/>.</summary>
    public static Tensor tensor(int[] data, long[]? dimensions = null, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromArray(data, dimensions, ScalarType.Int32, dtype, device, requires_grad);

    /// <summary>A bool tensor from <paramref name="data"/>.</summary>
    public static Tensor tensor(bool[] data, long[]? dimensions = null, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromArray(data, dimensions, ScalarType.Bool, dtype, device, requires_grad);

    /// <summary>A uint8 tensor from <paramref name="data"/> (image pixels).</summary>
    public static Tensor tensor(byte[] data, long[]? dimensions = null, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromArray(data, dimensions, ScalarType.Byte, dtype, device, requires_grad);

    /// <summary>A zero-dimensional float32 tensor.</summary>
    public static Tensor tensor(float value, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromArray([value], [], ScalarType.Float32, dtype, device, requires_grad);

    /// <summary>A zero-dimensional float64 tensor.</summary>
    public static Tensor tensor(double value, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromArray([value], [], ScalarType.Float64, dtype, device, requires_grad);

    /// <summary>A zero-dimensional int64 tensor.</summary>
    public static Tensor tensor(long value, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromArray([value], [], ScalarType.Int64, dtype, device, requires_grad);
}
