using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    public partial class Tensor
    {
        // Encodes an index expression as lib/native/src/tensor_index.cpp expects (kinds, 3 ints each, handles).
        private unsafe T WithIndices<T>(TensorIndex[] indices, Func<IntPtr, nint, nint, nint, long, T> call)
        {
            var n = indices.Length;
            Span<int> kinds = n <= 16 ? stackalloc int[n] : new int[n];
            Span<long> ints = n <= 16 ? stackalloc long[3 * n] : new long[3 * n];
            Span<IntPtr> handles = n <= 16 ? stackalloc IntPtr[n] : new IntPtr[n];
            for (var i = 0; i < n; ++i)
            {
                var index = indices[i];
                kinds[i] = (int)index.IndexKind;
                ints[3 * i] = index.A;
                ints[3 * i + 1] = index.B;
                ints[3 * i + 2] = index.C;
                handles[i] = index.TensorValue?.Handle ?? IntPtr.Zero;
            }
            fixed (int* k = kinds)
            fixed (long* v = ints)
            fixed (IntPtr* h = handles)
            {
                return call(Handle, (nint)k, (nint)v, (nint)h, n);
            }
        }

        /// <summary>PyTorch's <c>t[...]</c>: basic indices give views, tensor/mask indices give copies.</summary>
        public unsafe Tensor index(params TensorIndex[] indices) =>
            WithIndices(indices, (self, k, v, h, n) => Wrap(sts_index(self, (int*)k, (long*)v, (IntPtr*)h, n, out var r), r));

        /// <summary>PyTorch's <c>t[...] = value</c> (value broadcast to the indexed region).</summary>
        public unsafe Tensor index_put_(Tensor value, params TensorIndex[] indices) =>
            WithIndices(indices, (self, k, v, h, n) => InPlace(sts_index_put_(self, (int*)k, (long*)v, (IntPtr*)h, n, value.Handle)));

        /// <summary>PyTorch's <c>t[...] = scalar</c>.</summary>
        public unsafe Tensor index_put_(Scalar value, params TensorIndex[] indices)
        {
            var native = value.ToNative();
            return WithIndices(indices, (self, k, v, h, n) => InPlace(sts_index_put_scalar_(self, (int*)k, (long*)v, (IntPtr*)h, n, native)));
        }

        /// <summary><c>t[i, j, ...]</c> with integer positions (a view; negative counts from the end).</summary>
        public Tensor this[params long[] indices]
        {
            get => index(ToIndices(indices));
            set => index_put_(value, ToIndices(indices));
        }

        /// <summary><c>t[.., 1]</c>, <c>t[TensorIndex.Ellipsis, 0]</c>, <c>t[1..3, TensorIndex.None]</c>, ...</summary>
        public Tensor this[params TensorIndex[] indices]
        {
            get => index(indices);
            set => index_put_(value, indices);
        }

        /// <summary><c>t[indices]</c> (int64 positions along dimension 0) or <c>t[mask]</c> (bool: the selected elements, 1-D).</summary>
        public Tensor this[Tensor indices]
        {
            get => index(TensorIndex.Tensor(indices));
            set => index_put_(value, TensorIndex.Tensor(indices));
        }

        private static TensorIndex[] ToIndices(long[] indices)
        {
            var result = new TensorIndex[indices.Length];
            for (var i = 0; i < indices.Length; ++i)
            {
                result[i] = TensorIndex.Single(indices[i]);
            }
            return result;
        }

        /// <summary>The elements where <paramref name="mask"/> is true, as a 1-D tensor.</summary>
        public Tensor masked_select(Tensor mask) => Wrap(sts_masked_select(Handle, mask.Handle, out var r), r);

        /// <summary>Positions of the nonzero elements: int64 [count, ndim].</summary>
        public Tensor nonzero() => Wrap(sts_nonzero(Handle, out var r), r);
    }

    /// <summary>Static form of <see cref="Tensor.masked_select"/>.</summary>
    public static Tensor masked_select(Tensor input, Tensor mask) => input.masked_select(mask);

    /// <summary>Static form of <see cref="Tensor.nonzero"/>.</summary>
    public static Tensor nonzero(Tensor input) => input.nonzero();
}
