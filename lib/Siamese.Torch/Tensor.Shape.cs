using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    public partial class Tensor
    {
        private unsafe Tensor WithSizes(long[] sizes, delegate*<IntPtr, long*, long, out IntPtr, int> op)
        {
            fixed (long* p = sizes)
            {
                return Wrap(op(Handle, p, sizes.Length, out var r), r);
            }
        }

        /// <summary>Takes over a native array of owned handles (chunk, split, unbind, autograd.grad).</summary>
        internal static unsafe Tensor?[] TakeHandles(int status, IntPtr* handles, long count)
        {
            Check(status);
            try
            {
                var result = new Tensor?[count];
                for (var i = 0; i < count; ++i)
                {
                    result[i] = handles[i] == IntPtr.Zero ? null : new Tensor(handles[i]);
                }
                return result;
            }
            finally
            {
                sts_handle_array_free(handles);
            }
        }

        private static unsafe Tensor[] TakeDefinedHandles(int status, IntPtr* handles, long count) =>
            TakeHandles(status, handles, count).Select(t => t ?? throw new TorchException("libtorch returned an undefined tensor")).ToArray();

        // ---- views and reshapes ----------------------------------------------------------------

        /// <summary>A view with another shape (same number of elements; one size may be −1). Needs compatible strides.</summary>
        public unsafe Tensor view(params long[] shape) => WithSizes(shape, &sts_view);
        /// <summary>Like <see cref="view"/>, copying only when the strides do not allow a view.</summary>
        public unsafe Tensor reshape(params long[] shape) => WithSizes(shape, &sts_reshape);
        /// <summary>A view with this tensor's dimensions reordered.</summary>
        public unsafe Tensor permute(params long[] dims) => WithSizes(dims, &sts_permute);
        /// <summary>A broadcast view to <paramref name="sizes"/> (−1 keeps a size; only size-1 dimensions grow).</summary>
        public unsafe Tensor expand(params long[] sizes) => WithSizes(sizes, &sts_expand);
        /// <summary>Tiles the data: dimension i repeated <c>repeats[i]</c> times (a copy).</summary>
        public unsafe Tensor repeat(params long[] repeats) => WithSizes(repeats, &sts_repeat);
        /// <summary>Reverses the order along <paramref name="dims"/> (a copy).</summary>
        public unsafe Tensor flip(params long[] dims) => WithSizes(dims, &sts_flip);
        /// <summary>Like <see cref="repeat"/>, padding <paramref name="dims"/> with leading ones.</summary>
        public unsafe Tensor tile(params long[] dims) => WithSizes(dims, &sts_tile);

        /// <summary>Merges dimensions <paramref name="start_dim"/>..<paramref name="end_dim"/> into one.</summary>
        public Tensor flatten(long start_dim = 0, long end_dim = -1) => Wrap(sts_flatten(Handle, start_dim, end_dim, out var r), r);

        /// <summary>Splits dimension <paramref name="dim"/> into <paramref name="sizes"/>.</summary>
        public unsafe Tensor unflatten(long dim, params long[] sizes)
        {
            fixed (long* p = sizes)
            {
                return Wrap(sts_unflatten(Handle, dim, p, sizes.Length, out var r), r);
            }
        }

        /// <summary>Removes every size-1 dimension.</summary>
        public Tensor squeeze() => Wrap(sts_squeeze(Handle, 0, 0, out var r), r);
        /// <summary>Removes dimension <paramref name="dim"/> if its size is 1 (otherwise unchanged).</summary>
        public Tensor squeeze(long dim) => Wrap(sts_squeeze(Handle, 1, dim, out var r), r);
        /// <summary>Inserts a size-1 dimension at <paramref name="dim"/>.</summary>
        public Tensor unsqueeze(long dim) => Wrap(sts_unsqueeze(Handle, dim, out var r), r);
        /// <summary>Swaps two dimensions (a view).</summary>
        public Tensor transpose(long dim0, long dim1) => Wrap(sts_transpose(Handle, dim0, dim1, out var r), r);
        /// <summary>Alias of <see cref="transpose"/>.</summary>
        public Tensor swapaxes(long dim0, long dim1) => transpose(dim0, dim1);
        /// <summary>Transpose of a matrix (0-D and 1-D tensors are returned as is).</summary>
        public Tensor t() => Wrap(sts_t(Handle, out var r), r);
        /// <summary>Transpose of the last two dimensions (batched matrices).</summary>
        public Tensor mT => Wrap(sts_mT(Handle, out var r), r);
        /// <summary>Moves dimension <paramref name="source"/> to position <paramref name="destination"/>.</summary>
        public Tensor movedim(long source, long destination) => Wrap(sts_movedim(Handle, source, destination, out var r), r);
        /// <summary>Dense row-major copy (or this data when already contiguous).</summary>
        public Tensor contiguous() => Wrap(sts_contiguous(Handle, out var r), r);
        /// <summary>A copy with its own storage (differentiable).</summary>
        public Tensor clone() => Wrap(sts_clone(Handle, out var r), r);
        /// <summary>Broadcast view to <paramref name="other"/>'s shape.</summary>
        public Tensor expand_as(Tensor other) => Wrap(sts_expand_as(Handle, other.Handle, out var r), r);
        /// <summary>View with <paramref name="other"/>'s shape.</summary>
        public Tensor view_as(Tensor other) => Wrap(sts_view_as(Handle, other.Handle, out var r), r);
        /// <summary>Alias of <see cref="view_as"/>-style reshape to <paramref name="other"/>'s shape (copies if needed).</summary>
        public Tensor reshape_as(Tensor other) => reshape(other.shape);

        // ---- splitting ----------------------------------------------------------------------------

        /// <summary>Splits into <paramref name="chunks"/> views of (nearly) equal size along <paramref name="dim"/>.</summary>
        public unsafe Tensor[] chunk(long chunks, long dim = 0) =>
            TakeDefinedHandles(sts_chunk(Handle, chunks, dim, out var h, out var n), h, n);

        /// <summary>Splits into views of <paramref name="size"/> along <paramref name="dim"/> (the last may be smaller).</summary>
        public unsafe Tensor[] split(long size, long dim = 0) =>
            TakeDefinedHandles(sts_split(Handle, size, dim, out var h, out var n), h, n);

        /// <summary>Splits into views of the given sizes along <paramref name="dim"/>.</summary>
        public unsafe Tensor[] split(long[] sizes, long dim = 0)
        {
            fixed (long* p = sizes)
            {
                return TakeDefinedHandles(sts_split_with_sizes(Handle, p, sizes.Length, dim, out var h, out var n), h, n);
            }
        }

        /// <summary>The slices along <paramref name="dim"/>, each without that dimension.</summary>
        public unsafe Tensor[] unbind(long dim = 0) => TakeDefinedHandles(sts_unbind(Handle, dim, out var h, out var n), h, n);

        /// <summary>The view of <paramref name="length"/> elements from <paramref name="start"/> along <paramref name="dim"/>.</summary>
        public Tensor narrow(long dim, long start, long length) => Wrap(sts_narrow(Handle, dim, start, length, out var r), r);
        /// <summary>The view at <paramref name="index"/> along <paramref name="dim"/>, without that dimension.</summary>
        public Tensor select(long dim, long index) => Wrap(sts_select(Handle, dim, index, out var r), r);
        /// <summary>The view start:end:step along <paramref name="dim"/>.</summary>
        public Tensor slice(long dim, long start, long finish, long step = 1) => Wrap(sts_slice(Handle, dim, start, finish, step, out var r), r);

        // ---- gather / scatter ------------------------------------------------------------------------

        /// <summary>The entries at int64 <paramref name="index"/> (1-D) along <paramref name="dim"/> (a copy).</summary>
        public Tensor index_select(long dim, Tensor index) => Wrap(sts_index_select(Handle, dim, index.Handle, out var r), r);
        /// <summary>out[i][j] = this[index[i][j]][j] for dim 0 (and so on): picks along <paramref name="dim"/>.</summary>
        public Tensor gather(long dim, Tensor index) => Wrap(sts_gather(Handle, dim, index.Handle, out var r), r);
        /// <summary>Copy with <paramref name="src"/> written at <paramref name="index"/> along <paramref name="dim"/>.</summary>
        public Tensor scatter(long dim, Tensor index, Tensor src) => Wrap(sts_scatter(Handle, dim, index.Handle, src.Handle, out var r), r);
        /// <summary>Copy with <paramref name="value"/> written at <paramref name="index"/> along <paramref name="dim"/>.</summary>
        public Tensor scatter(long dim, Tensor index, Scalar value) => Wrap(sts_scatter_scalar(Handle, dim, index.Handle, value.ToNative(), out var r), r);
        /// <summary>In place <see cref="scatter(long, Tensor, Tensor)"/>.</summary>
        public Tensor scatter_(long dim, Tensor index, Tensor src) => InPlace(sts_scatter_(Handle, dim, index.Handle, src.Handle));
        /// <summary>In place <see cref="scatter(long, Tensor, Scalar)"/> (one-hot encoding).</summary>
        public Tensor scatter_(long dim, Tensor index, Scalar value) => InPlace(sts_scatter_scalar_(Handle, dim, index.Handle, value.ToNative()));
        /// <summary>Copy with <paramref name="src"/> added at <paramref name="index"/> along <paramref name="dim"/>.</summary>
        public Tensor scatter_add(long dim, Tensor index, Tensor src) => Wrap(sts_scatter_add(Handle, dim, index.Handle, src.Handle, out var r), r);

        // ---- rearranging -----------------------------------------------------------------------------

        /// <summary>Rotates by <paramref name="shifts"/> along <paramref name="dims"/> (flattened when no dims are given).</summary>
        public unsafe Tensor roll(long[] shifts, long[] dims)
        {
            fixed (long* s = shifts)
            fixed (long* d = dims)
            {
                return Wrap(sts_roll(Handle, s, shifts.Length, d, dims.Length, out var r), r);
            }
        }

        /// <summary>Rotates by <paramref name="shifts"/> along <paramref name="dims"/>.</summary>
        public Tensor roll(long shifts, long dims) => roll([shifts], [dims]);
        /// <summary>Rotates the flattened tensor by <paramref name="shifts"/>, keeping the shape.</summary>
        public Tensor roll(long shifts) => roll([shifts], []);
        /// <summary>Lower triangle (elements above diagonal <paramref name="diagonal"/> set to 0).</summary>
        public Tensor tril(long diagonal = 0) => Wrap(sts_tril(Handle, diagonal, out var r), r);
        /// <summary>Upper triangle (elements below diagonal <paramref name="diagonal"/> set to 0).</summary>
        public Tensor triu(long diagonal = 0) => Wrap(sts_triu(Handle, diagonal, out var r), r);
        /// <summary>1-D input: a diagonal matrix; 2-D input: its diagonal <paramref name="diagonal"/>.</summary>
        public Tensor diag(long diagonal = 0) => Wrap(sts_diag(Handle, diagonal, out var r), r);
    }

    private static unsafe Tensor Join(IList<Tensor> tensors, long dim, bool stack)
    {
        var handles = new IntPtr[tensors.Count];
        for (var i = 0; i < handles.Length; ++i)
        {
            handles[i] = tensors[i].Handle;
        }
        fixed (IntPtr* p = handles)
        {
            return Tensor.Wrap(stack ? sts_stack(p, handles.Length, dim, out var r) : sts_cat(p, handles.Length, dim, out r), r);
        }
    }

    /// <summary>Concatenates along an existing dimension <paramref name="dim"/>.</summary>
    public static Tensor cat(IList<Tensor> tensors, long dim = 0) => Join(tensors, dim, stack: false);
    /// <summary>Concatenates along an existing dimension (alias of <see cref="cat"/>).</summary>
    public static Tensor concat(IList<Tensor> tensors, long dim = 0) => Join(tensors, dim, stack: false);
    /// <summary>Stacks equal-shaped tensors along a new dimension <paramref name="dim"/>.</summary>
    public static Tensor stack(IList<Tensor> tensors, long dim = 0) => Join(tensors, dim, stack: true);
    /// <summary>Stacks 1-D tensors as columns / others along dimension 1.</summary>
    public static Tensor hstack(IList<Tensor> tensors) => Join(tensors, tensors.Count > 0 && tensors[0].ndim == 1 ? 0 : 1, stack: false);

    /// <summary>Static form of <see cref="Tensor.flatten"/>.</summary>
    public static Tensor flatten(Tensor input, long start_dim = 0, long end_dim = -1) => input.flatten(start_dim, end_dim);
    /// <summary>Static form of <see cref="Tensor.reshape"/>.</summary>
    public static Tensor reshape(Tensor input, params long[] shape) => input.reshape(shape);
    /// <summary>Static form of <see cref="Tensor.squeeze()"/>.</summary>
    public static Tensor squeeze(Tensor input) => input.squeeze();
    /// <summary>Static form of <see cref="Tensor.squeeze(long)"/>.</summary>
    public static Tensor squeeze(Tensor input, long dim) => input.squeeze(dim);
    /// <summary>Static form of <see cref="Tensor.unsqueeze"/>.</summary>
    public static Tensor unsqueeze(Tensor input, long dim) => input.unsqueeze(dim);
    /// <summary>Static form of <see cref="Tensor.permute"/>.</summary>
    public static Tensor permute(Tensor input, params long[] dims) => input.permute(dims);
    /// <summary>Static form of <see cref="Tensor.transpose"/>.</summary>
    public static Tensor transpose(Tensor input, long dim0, long dim1) => input.transpose(dim0, dim1);
    /// <summary>Static form of <see cref="Tensor.t"/>.</summary>
    public static Tensor t(Tensor input) => input.t();
    /// <summary>Static form of <see cref="Tensor.movedim"/>.</summary>
    public static Tensor movedim(Tensor input, long source, long destination) => input.movedim(source, destination);
    /// <summary>Static form of <see cref="Tensor.chunk"/>.</summary>
    public static Tensor[] chunk(Tensor input, long chunks, long dim = 0) => input.chunk(chunks, dim);
    /// <summary>Static form of <see cref="Tensor.split(long, long)"/>.</summary>
    public static Tensor[] split(Tensor input, long size, long dim = 0) => input.split(size, dim);
    /// <summary>Static form of <see cref="Tensor.split(long[], long)"/>.</summary>
    public static Tensor[] split(Tensor input, long[] sizes, long dim = 0) => input.split(sizes, dim);
    /// <summary>Static form of <see cref="Tensor.unbind"/>.</summary>
    public static Tensor[] unbind(Tensor input, long dim = 0) => input.unbind(dim);
    /// <summary>Static form of <see cref="Tensor.narrow"/>.</summary>
    public static Tensor narrow(Tensor input, long dim, long start, long length) => input.narrow(dim, start, length);
    /// <summary>Static form of <see cref="Tensor.select"/>.</summary>
    public static Tensor select(Tensor input, long dim, long index) => input.select(dim, index);
    /// <summary>Static form of <see cref="Tensor.index_select"/>.</summary>
    public static Tensor index_select(Tensor input, long dim, Tensor index) => input.index_select(dim, index);
    /// <summary>Static form of <see cref="Tensor.gather"/>.</summary>
    public static Tensor gather(Tensor input, long dim, Tensor index) => input.gather(dim, index);
    /// <summary>Static form of <see cref="Tensor.scatter(long, Tensor, Tensor)"/>.</summary>
    public static Tensor scatter(Tensor input, long dim, Tensor index, Tensor src) => input.scatter(dim, index, src);
    /// <summary>Static form of <see cref="Tensor.scatter_add"/>.</summary>
    public static Tensor scatter_add(Tensor input, long dim, Tensor index, Tensor src) => input.scatter_add(dim, index, src);
    /// <summary>Static form of <see cref="Tensor.clone"/>.</summary>
    public static Tensor clone(Tensor input) => input.clone();
    /// <summary>Static form of <see cref="Tensor.flip"/>.</summary>
    public static Tensor flip(Tensor input, params long[] dims) => input.flip(dims);
    /// <summary>Static form of <see cref="Tensor.roll(long[], long[])"/>.</summary>
    public static Tensor roll(Tensor input, long[] shifts, long[] dims) => input.roll(shifts, dims);
    /// <summary>Static form of <see cref="Tensor.roll(long, long)"/>.</summary>
    public static Tensor roll(Tensor input, long shifts, long dims) => input.roll(shifts, dims);
    /// <summary>Static form of <see cref="Tensor.tril"/>.</summary>
    public static Tensor tril(Tensor input, long diagonal = 0) => input.tril(diagonal);
    /// <summary>Static form of <see cref="Tensor.triu"/>.</summary>
    public static Tensor triu(Tensor input, long diagonal = 0) => input.triu(diagonal);
    /// <summary>Static form of <see cref="Tensor.diag"/>.</summary>
    public static Tensor diag(Tensor input, long diagonal = 0) => input.diag(diagonal);
    /// <summary>Static form of <see cref="Tensor.tile"/>.</summary>
    public static Tensor tile(Tensor input, params long[] dims) => input.tile(dims);
}
