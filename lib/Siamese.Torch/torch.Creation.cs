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

    private const int DefaultCode = -1;

    private static int DtypeCode(ScalarType? dtype) => dtype is null ? DefaultCode : (int)dtype.Value;
    private static int DeviceCode(Device? device) => device is null ? DefaultCode : (int)device.type;
    private static int DeviceIndex(Device? device) => device?.index ?? DefaultCode;

    /// <summary>Values start, start + step, ... below <paramref name="stop"/>; int64 when all arguments are integral, else float32.</summary>
    public static Tensor arange(Scalar start, Scalar stop, Scalar step, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Tensor.Wrap(sts_arange(start.ToNative(), stop.ToNative(), step.ToNative(), DtypeCode(dtype), DeviceCode(device), DeviceIndex(device),
            requires_grad ? 1 : 0, out var r), r);

    /// <summary>Values start, start + 1, ... below <paramref name="stop"/>.</summary>
    public static Tensor arange(Scalar start, Scalar stop, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        arange(start, stop, 1, dtype, device, requires_grad);

    /// <summary>Values 0, 1, ... below <paramref name="stop"/>.</summary>
    public static Tensor arange(Scalar stop, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        arange(0, stop, 1, dtype, device, requires_grad);

    /// <summary><paramref name="steps"/> evenly spaced values from start to end inclusive.</summary>
    public static Tensor linspace(double start, double end, long steps, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Tensor.Wrap(sts_linspace(start, end, steps, DtypeCode(dtype), DeviceCode(device), DeviceIndex(device), requires_grad ? 1 : 0, out var r), r);

    /// <summary><paramref name="steps"/> values base^x for x evenly spaced from start to end inclusive.</summary>
    public static Tensor logspace(double start, double end, long steps, double @base = 10, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Tensor.Wrap(sts_logspace(start, end, steps, @base, DtypeCode(dtype), DeviceCode(device), DeviceIndex(device), requires_grad ? 1 : 0, out var r), r);

    /// <summary>Identity matrix [rows, columns] (square when <paramref name="columns"/> is negative).</summary>
    public static Tensor eye(long rows, long columns = -1, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Tensor.Wrap(sts_eye(rows, columns, DtypeCode(dtype), DeviceCode(device), DeviceIndex(device), requires_grad ? 1 : 0, out var r), r);

    /// <summary>Uniform integers in [<paramref name="low"/>, <paramref name="high"/>) of the given shape (int64 by default).</summary>
    public static unsafe Tensor randint(long low, long high, long[] size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false)
    {
        fixed (long* p = size)
        {
            return Tensor.Wrap(sts_randint(low, high, p, size.Length, DtypeCode(dtype), DeviceCode(device), DeviceIndex(device),
                requires_grad ? 1 : 0, out var r), r);
        }
    }

    /// <summary>Uniform integers in [0, <paramref name="high"/>) of the given shape.</summary>
    public static Tensor randint(long high, long[] size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        randint(0, high, size, dtype, device, requires_grad);

    /// <summary>A random permutation of 0 .. n−1 (int64 by default).</summary>
    public static Tensor randperm(long n, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Tensor.Wrap(sts_randperm(n, DtypeCode(dtype), DeviceCode(device), DeviceIndex(device), requires_grad ? 1 : 0, out var r), r);

    /// <summary>Samples of N(mean, std²) of the given shape.</summary>
    public static Tensor normal(double mean, double std, long[] size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false)
    {
        var result = empty(size, dtype, device);
        result.normal_(mean, std);
        if (requires_grad)
        {
            result.requires_grad = true;
        }
        return result;
    }

    // Kinds of sts_like (lib/native/src/tensor_creation.cpp).
    private enum LikeKind
    {
        Zeros = 0,
        Ones = 1,
        Empty = 2,
        Rand = 3,
        Randn = 4,
    }

    private static Tensor Like(Tensor input, LikeKind kind, ScalarType? dtype, Device? device, bool requires_grad) =>
        Tensor.Wrap(sts_like(input.Handle, (int)kind, DtypeCode(dtype), DeviceCode(device), DeviceIndex(device), requires_grad ? 1 : 0, out var r), r);

    /// <summary>Zeros with the shape (and by default dtype and device) of <paramref name="input"/>.</summary>
    public static Tensor zeros_like(Tensor input, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Like(input, LikeKind.Zeros, dtype, device, requires_grad);

    /// <summary>Ones with the shape of <paramref name="input"/>.</summary>
    public static Tensor ones_like(Tensor input, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Like(input, LikeKind.Ones, dtype, device, requires_grad);

    /// <summary>Uninitialised memory with the shape of <paramref name="input"/>.</summary>
    public static Tensor empty_like(Tensor input, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Like(input, LikeKind.Empty, dtype, device, requires_grad);

    /// <summary>U[0, 1) samples with the shape of <paramref name="input"/>.</summary>
    public static Tensor rand_like(Tensor input, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Like(input, LikeKind.Rand, dtype, device, requires_grad);

    /// <summary>N(0, 1) samples with the shape of <paramref name="input"/>.</summary>
    public static Tensor randn_like(Tensor input, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Like(input, LikeKind.Randn, dtype, device, requires_grad);

    /// <summary><paramref name="value"/> everywhere, with the shape of <paramref name="input"/>.</summary>
    public static Tensor full_like(Tensor input, Scalar value, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Tensor.Wrap(sts_full_like(input.Handle, value.ToNative(), DtypeCode(dtype), DeviceCode(device), DeviceIndex(device), requires_grad ? 1 : 0, out var r), r);

    /// <summary>Integers in [low, high) with the shape of <paramref name="input"/>.</summary>
    public static Tensor randint_like(Tensor input, long low, long high, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        Tensor.Wrap(sts_randint_like(input.Handle, low, high, DtypeCode(dtype), DeviceCode(device), DeviceIndex(device), requires_grad ? 1 : 0, out var r), r);

    private static unsafe Tensor FromMatrix<T>(T[,] data, ScalarType type, ScalarType? dtype, Device? device, bool requires_grad)
        where T : unmanaged
    {
        // A T[,] is one row-major block: copy it as a flat array of its length.
        var flat = new T[data.Length];
        fixed (T* source = data)
        {
            new ReadOnlySpan<T>(source, data.Length).CopyTo(flat);
        }
        return FromArray(flat, [data.GetLongLength(0), data.GetLongLength(1)], type, dtype, device, requires_grad);
    }

    /// <summary>A [rows, columns] float32 tensor from a 2-D array.</summary>
    public static Tensor tensor(float[,] data, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromMatrix(data, ScalarType.Float32, dtype, device, requires_grad);

    /// <summary>A [rows, columns] float64 tensor from a 2-D array.</summary>
    public static Tensor tensor(double[,] data, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromMatrix(data, ScalarType.Float64, dtype, device, requires_grad);

    /// <summary>A [rows, columns] int64 tensor from a 2-D array.</summary>
    public static Tensor tensor(long[,] data, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromMatrix(data, ScalarType.Int64, dtype, device, requires_grad);

    /// <summary>A [rows, columns] int32 tensor from a 2-D array.</summary>
    public static Tensor tensor(int[,] data, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromMatrix(data, ScalarType.Int32, dtype, device, requires_grad);

    /// <summary>A zero-dimensional bool tensor.</summary>
    public static Tensor tensor(bool value, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        FromArray([value], [], ScalarType.Bool, dtype, device, requires_grad);
}
