using System.Collections;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Display;

/// <summary>
/// The elements of a tensor as a row-major list of doubles for <see cref="TensorText"/>, reading back from the
/// device only what the text can show: a tensor above <see cref="TensorText.Threshold"/> elements is cut to its
/// first and last <see cref="TensorText.EdgeItems"/> items per dimension before the copy, and indices of the full
/// tensor map onto that cut. Asking for an element the text never shows (the elided middle) throws.
/// </summary>
internal sealed class TensorValues : IReadOnlyList<double>
{
    private readonly long[] shape;
    private readonly long[] fullStrides;
    private readonly long[] keptStrides;
    private readonly double[] kept;
    private readonly bool cut;

    private TensorValues(long[] shape, double[] kept, bool cut, ElementKind kind)
    {
        this.shape = shape;
        this.kept = kept;
        this.cut = cut;
        Kind = kind;
        fullStrides = Strides(shape);
        keptStrides = Strides(shape.Select(KeptSize).ToArray());
        Count = checked((int)shape.Aggregate(1L, (a, b) => a * b));
    }

    /// <summary>The full tensor's shape.</summary>
    public IReadOnlyList<long> Shape => shape;

    /// <summary>How the elements print.</summary>
    public ElementKind Kind { get; }

    /// <inheritdoc />
    public int Count { get; }

    /// <summary>Copies what <see cref="TensorText"/> shows of <paramref name="tensor"/> to the host.</summary>
    public static TensorValues Of(Tensor tensor)
    {
        var shape = tensor.shape;
        var cut = tensor.numel() > TensorText.Threshold;
        var kind = tensor.dtype == ScalarType.Bool ? ElementKind.Bool
            : is_floating_point(tensor.dtype) ? ElementKind.Float : ElementKind.Integer;
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var shown = tensor.detach();
        if (cut)
        {
            for (var d = 0; d < shape.Length; d++)
            {
                if (shape[d] > 2 * TensorText.EdgeItems)
                {
                    shown = cat([shown.narrow(d, 0, TensorText.EdgeItems), shown.narrow(d, shape[d] - TensorText.EdgeItems, TensorText.EdgeItems)], d);
                }
            }
        }
        var values = HostArrays.ToArray<double>(shown.to(ScalarType.Float64, CPU));
        return new TensorValues(shape, values, cut, kind);
    }

    /// <inheritdoc />
    public double this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            long rest = index, position = 0;
            for (var d = 0; d < shape.Length; d++)
            {
                var coordinate = rest / fullStrides[d];
                rest %= fullStrides[d];
                position += KeptCoordinate(coordinate, shape[d]) * keptStrides[d];
            }
            return kept[position];
        }
    }

    /// <inheritdoc />
    public IEnumerator<double> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private long KeptSize(long size) => cut && size > 2 * TensorText.EdgeItems ? 2 * TensorText.EdgeItems : size;

    private long KeptCoordinate(long coordinate, long size)
    {
        if (!cut || size <= 2 * TensorText.EdgeItems || coordinate < TensorText.EdgeItems)
        {
            return coordinate;
        }
        if (coordinate >= size - TensorText.EdgeItems)
        {
            return coordinate - (size - 2 * TensorText.EdgeItems);
        }
        throw new ArgumentOutOfRangeException(nameof(coordinate), coordinate, "This element is elided from the summary and was not read back.");
    }

    private static long[] Strides(long[] sizes)
    {
        var strides = new long[sizes.Length];
        for (long d = sizes.Length - 1, stride = 1; d >= 0; stride *= sizes[d], d--)
        {
            strides[d] = stride;
        }
        return strides;
    }
}
