using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    public partial class Tensor
    {
        private const int KeepDtype = -1;
        private const long AllDims = -1;

        private static int Code(ScalarType? type) => type is null ? KeepDtype : (int)type.Value;

        // ---- sum / mean / prod --------------------------------------------------------------

        /// <summary>Sum of all elements (0-dim), optionally accumulated in <paramref name="type"/>.</summary>
        public unsafe Tensor sum(ScalarType? type = null) => Wrap(sts_sum(Handle, null, AllDims, 0, Code(type), out var r), r);

        /// <summary>Sum over <paramref name="dim"/>, which is removed unless <paramref name="keepdim"/>.</summary>
        public unsafe Tensor sum(long dim, bool keepdim = false, ScalarType? type = null) =>
            Wrap(sts_sum(Handle, &dim, 1, keepdim ? 1 : 0, Code(type), out var r), r);

        /// <summary>Sum over several dimensions.</summary>
        public unsafe Tensor sum(long[] dim, bool keepdim = false, ScalarType? type = null)
        {
            fixed (long* p = dim)
            {
                return Wrap(sts_sum(Handle, p, dim.Length, keepdim ? 1 : 0, Code(type), out var r), r);
            }
        }

        /// <summary>Mean of all elements (0-dim).</summary>
        public unsafe Tensor mean(ScalarType? type = null) => Wrap(sts_mean(Handle, null, AllDims, 0, Code(type), out var r), r);

        /// <summary>Mean over <paramref name="dim"/>.</summary>
        public unsafe Tensor mean(long dim, bool keepdim = false, ScalarType? type = null) =>
            Wrap(sts_mean(Handle, &dim, 1, keepdim ? 1 : 0, Code(type), out var r), r);

        /// <summary>Mean over several dimensions.</summary>
        public unsafe Tensor mean(long[] dim, bool keepdim = false, ScalarType? type = null)
        {
            fixed (long* p = dim)
            {
                return Wrap(sts_mean(Handle, p, dim.Length, keepdim ? 1 : 0, Code(type), out var r), r);
            }
        }

        /// <summary>Product of all elements (0-dim).</summary>
        public Tensor prod(ScalarType? type = null) => Wrap(sts_prod(Handle, 0, 0, 0, Code(type), out var r), r);

        /// <summary>Product over <paramref name="dim"/>.</summary>
        public Tensor prod(long dim, bool keepdim = false, ScalarType? type = null) =>
            Wrap(sts_prod(Handle, 1, dim, keepdim ? 1 : 0, Code(type), out var r), r);

        // ---- max / min / argmax ---------------------------------------------------------------

        /// <summary>Largest element (0-dim).</summary>
        public Tensor max() => Wrap(sts_max_all(Handle, out var r), r);

        /// <summary>Largest elements along <paramref name="dim"/> and their indices (int64).</summary>
        public (Tensor values, Tensor indexes) max(long dim, bool keepdim = false)
        {
            Check(sts_max_dim(Handle, dim, keepdim ? 1 : 0, out var v, out var i));
            return (new Tensor(v), new Tensor(i));
        }

        /// <summary>Elementwise maximum with <paramref name="other"/> (same as <see cref="maximum"/>).</summary>
        public Tensor max(Tensor other) => maximum(other);

        /// <summary>Smallest element (0-dim).</summary>
        public Tensor min() => Wrap(sts_min_all(Handle, out var r), r);

        /// <summary>Smallest elements along <paramref name="dim"/> and their indices (int64).</summary>
        public (Tensor values, Tensor indexes) min(long dim, bool keepdim = false)
        {
            Check(sts_min_dim(Handle, dim, keepdim ? 1 : 0, out var v, out var i));
            return (new Tensor(v), new Tensor(i));
        }

        /// <summary>Elementwise minimum with <paramref name="other"/> (same as <see cref="minimum"/>).</summary>
        public Tensor min(Tensor other) => minimum(other);

        /// <summary>Maximum over several dimensions (values only; gradient split evenly between ties).</summary>
        public unsafe Tensor amax(long[] dims, bool keepdim = false)
        {
            fixed (long* p = dims)
            {
                return Wrap(sts_amax(Handle, p, dims.Length, keepdim ? 1 : 0, out var r), r);
            }
        }

        /// <summary>Minimum over several dimensions (values only).</summary>
        public unsafe Tensor amin(long[] dims, bool keepdim = false)
        {
            fixed (long* p = dims)
            {
                return Wrap(sts_amin(Handle, p, dims.Length, keepdim ? 1 : 0, out var r), r);
            }
        }

        /// <summary>Index of the largest element of the flattened tensor.</summary>
        public Tensor argmax() => Wrap(sts_argmax(Handle, 0, 0, 0, out var r), r);
        /// <summary>Indices of the largest elements along <paramref name="dim"/>.</summary>
        public Tensor argmax(long dim, bool keepdim = false) => Wrap(sts_argmax(Handle, 1, dim, keepdim ? 1 : 0, out var r), r);
        /// <summary>Index of the smallest element of the flattened tensor.</summary>
        public Tensor argmin() => Wrap(sts_argmin(Handle, 0, 0, 0, out var r), r);
        /// <summary>Indices of the smallest elements along <paramref name="dim"/>.</summary>
        public Tensor argmin(long dim, bool keepdim = false) => Wrap(sts_argmin(Handle, 1, dim, keepdim ? 1 : 0, out var r), r);

        // ---- norms and moments --------------------------------------------------------------------

        /// <summary>p-norm of all elements (p = ∞ for the largest magnitude).</summary>
        public unsafe Tensor norm(double p = 2) => Wrap(sts_norm(Handle, p, null, AllDims, 0, out var r), r);

        /// <summary>p-norm along <paramref name="dim"/>.</summary>
        public unsafe Tensor norm(long dim, bool keepdim = false, double p = 2) =>
            Wrap(sts_norm(Handle, p, &dim, 1, keepdim ? 1 : 0, out var r), r);

        /// <summary>p-norm over several dimensions.</summary>
        public unsafe Tensor norm(long[] dims, bool keepdim = false, double p = 2)
        {
            fixed (long* d = dims)
            {
                return Wrap(sts_norm(Handle, p, d, dims.Length, keepdim ? 1 : 0, out var r), r);
            }
        }

        private unsafe Tensor Moment(bool isStd, long[]? dims, long correction, bool keepdim)
        {
            fixed (long* d = dims)
            {
                var n = dims is null ? AllDims : dims.Length;
                var k = keepdim ? 1 : 0;
                return Wrap(isStd ? sts_std(Handle, d, n, correction, k, out var r) : sts_var(Handle, d, n, correction, k, out r), r);
            }
        }

        /// <summary>Standard deviation of all elements (Bessel-corrected unless <paramref name="unbiased"/> is false).</summary>
        public Tensor std(bool unbiased = true) => Moment(true, null, unbiased ? 1 : 0, false);
        /// <summary>Standard deviation along <paramref name="dim"/>.</summary>
        public Tensor std(long dim, bool unbiased = true, bool keepdim = false) => Moment(true, [dim], unbiased ? 1 : 0, keepdim);
        /// <summary>Standard deviation over several dimensions.</summary>
        public Tensor std(long[] dim, bool unbiased = true, bool keepdim = false) => Moment(true, dim, unbiased ? 1 : 0, keepdim);
        /// <summary>Standard deviation with divisor N − <paramref name="correction"/> (null dims = all).</summary>
        public Tensor std(long[]? dim, long correction, bool keepdim = false) => Moment(true, dim, correction, keepdim);
        /// <summary>Variance of all elements (Bessel-corrected unless <paramref name="unbiased"/> is false).</summary>
        public Tensor var(bool unbiased = true) => Moment(false, null, unbiased ? 1 : 0, false);
        /// <summary>Variance along <paramref name="dim"/>.</summary>
        public Tensor var(long dim, bool unbiased = true, bool keepdim = false) => Moment(false, [dim], unbiased ? 1 : 0, keepdim);
        /// <summary>Variance over several dimensions.</summary>
        public Tensor var(long[] dim, bool unbiased = true, bool keepdim = false) => Moment(false, dim, unbiased ? 1 : 0, keepdim);
        /// <summary>Variance with divisor N − <paramref name="correction"/> (null dims = all).</summary>
        public Tensor var(long[]? dim, long correction, bool keepdim = false) => Moment(false, dim, correction, keepdim);

        /// <summary>log Σ exp(x) along <paramref name="dim"/>, computed stably.</summary>
        public unsafe Tensor logsumexp(long dim, bool keepdim = false) =>
            Wrap(sts_logsumexp(Handle, &dim, 1, keepdim ? 1 : 0, out var r), r);

        /// <summary>log Σ exp(x) over several dimensions.</summary>
        public unsafe Tensor logsumexp(long[] dims, bool keepdim = false)
        {
            fixed (long* d = dims)
            {
                return Wrap(sts_logsumexp(Handle, d, dims.Length, keepdim ? 1 : 0, out var r), r);
            }
        }

        // ---- scans and boolean reductions ------------------------------------------------------------

        /// <summary>Running sum along <paramref name="dim"/>.</summary>
        public Tensor cumsum(long dim, ScalarType? type = null) => Wrap(sts_cumsum(Handle, dim, Code(type), out var r), r);
        /// <summary>Running product along <paramref name="dim"/>.</summary>
        public Tensor cumprod(long dim, ScalarType? type = null) => Wrap(sts_cumprod(Handle, dim, Code(type), out var r), r);
        /// <summary>True (0-dim bool) when every element is nonzero.</summary>
        public Tensor all() => Wrap(sts_all(Handle, 0, 0, 0, out var r), r);
        /// <summary>Whether every element along <paramref name="dim"/> is nonzero.</summary>
        public Tensor all(long dim, bool keepdim = false) => Wrap(sts_all(Handle, 1, dim, keepdim ? 1 : 0, out var r), r);
        /// <summary>True (0-dim bool) when any element is nonzero.</summary>
        public Tensor any() => Wrap(sts_any(Handle, 0, 0, 0, out var r), r);
        /// <summary>Whether any element along <paramref name="dim"/> is nonzero.</summary>
        public Tensor any(long dim, bool keepdim = false) => Wrap(sts_any(Handle, 1, dim, keepdim ? 1 : 0, out var r), r);

        /// <summary>Number of nonzero elements, over all dimensions or the given ones.</summary>
        public unsafe Tensor count_nonzero(params long[] dims)
        {
            fixed (long* d = dims)
            {
                return Wrap(sts_count_nonzero(Handle, d, dims.Length, out var r), r);
            }
        }

        // ---- ordering ----------------------------------------------------------------------------

        /// <summary>The <paramref name="k"/> largest (or smallest) elements along <paramref name="dim"/> and their indices.</summary>
        public (Tensor values, Tensor indexes) topk(long k, long dim = -1, bool largest = true, bool sorted = true)
        {
            Check(sts_topk(Handle, k, dim, largest ? 1 : 0, sorted ? 1 : 0, out var v, out var i));
            return (new Tensor(v), new Tensor(i));
        }

        /// <summary>Sorted values along <paramref name="dim"/> and the permutation that sorts them.</summary>
        public (Tensor Values, Tensor Indices) sort(long dim = -1, bool descending = false, bool stable = false)
        {
            Check(sts_sort(Handle, dim, descending ? 1 : 0, stable ? 1 : 0, out var v, out var i));
            return (new Tensor(v), new Tensor(i));
        }

        /// <summary>The permutation that sorts along <paramref name="dim"/>.</summary>
        public Tensor argsort(long dim = -1, bool descending = false, bool stable = false) =>
            Wrap(sts_argsort(Handle, dim, descending ? 1 : 0, stable ? 1 : 0, out var r), r);
    }

    // ---- static forms --------------------------------------------------------------------------

    /// <summary>Sum of all elements.</summary>
    public static Tensor sum(Tensor input, ScalarType? type = null) => input.sum(type);
    /// <summary>Sum over <paramref name="dim"/>.</summary>
    public static Tensor sum(Tensor input, long dim, bool keepdim = false, ScalarType? type = null) => input.sum(dim, keepdim, type);
    /// <summary>Sum over several dimensions.</summary>
    public static Tensor sum(Tensor input, long[] dim, bool keepdim = false, ScalarType? type = null) => input.sum(dim, keepdim, type);
    /// <summary>Mean of all elements.</summary>
    public static Tensor mean(Tensor input, ScalarType? type = null) => input.mean(type);
    /// <summary>Mean over <paramref name="dim"/>.</summary>
    public static Tensor mean(Tensor input, long dim, bool keepdim = false, ScalarType? type = null) => input.mean(dim, keepdim, type);
    /// <summary>Mean over several dimensions.</summary>
    public static Tensor mean(Tensor input, long[] dim, bool keepdim = false, ScalarType? type = null) => input.mean(dim, keepdim, type);
    /// <summary>Product of all elements.</summary>
    public static Tensor prod(Tensor input, ScalarType? type = null) => input.prod(type);
    /// <summary>Product over <paramref name="dim"/>.</summary>
    public static Tensor prod(Tensor input, long dim, bool keepdim = false, ScalarType? type = null) => input.prod(dim, keepdim, type);
    /// <summary>Largest element.</summary>
    public static Tensor max(Tensor input) => input.max();
    /// <summary>Largest elements along <paramref name="dim"/> with indices.</summary>
    public static (Tensor values, Tensor indexes) max(Tensor input, long dim, bool keepdim = false) => input.max(dim, keepdim);
    /// <summary>Elementwise maximum.</summary>
    public static Tensor max(Tensor input, Tensor other) => input.maximum(other);
    /// <summary>Smallest element.</summary>
    public static Tensor min(Tensor input) => input.min();
    /// <summary>Smallest elements along <paramref name="dim"/> with indices.</summary>
    public static (Tensor values, Tensor indexes) min(Tensor input, long dim, bool keepdim = false) => input.min(dim, keepdim);
    /// <summary>Elementwise minimum.</summary>
    public static Tensor min(Tensor input, Tensor other) => input.minimum(other);
    /// <summary>Maximum over dimensions.</summary>
    public static Tensor amax(Tensor input, long[] dims, bool keepdim = false) => input.amax(dims, keepdim);
    /// <summary>Minimum over dimensions.</summary>
    public static Tensor amin(Tensor input, long[] dims, bool keepdim = false) => input.amin(dims, keepdim);
    /// <summary>Index of the largest element (flattened).</summary>
    public static Tensor argmax(Tensor input) => input.argmax();
    /// <summary>Indices of the largest elements along <paramref name="dim"/>.</summary>
    public static Tensor argmax(Tensor input, long dim, bool keepdim = false) => input.argmax(dim, keepdim);
    /// <summary>Index of the smallest element (flattened).</summary>
    public static Tensor argmin(Tensor input) => input.argmin();
    /// <summary>Indices of the smallest elements along <paramref name="dim"/>.</summary>
    public static Tensor argmin(Tensor input, long dim, bool keepdim = false) => input.argmin(dim, keepdim);
    /// <summary>p-norm of all elements.</summary>
    public static Tensor norm(Tensor input, double p = 2) => input.norm(p);
    /// <summary>p-norm along <paramref name="dim"/>.</summary>
    public static Tensor norm(Tensor input, long dim, bool keepdim = false, double p = 2) => input.norm(dim, keepdim, p);
    /// <summary>Standard deviation of all elements.</summary>
    public static Tensor std(Tensor input, bool unbiased = true) => input.std(unbiased);
    /// <summary>Standard deviation along <paramref name="dim"/>.</summary>
    public static Tensor std(Tensor input, long dim, bool unbiased = true, bool keepdim = false) => input.std(dim, unbiased, keepdim);
    /// <summary>Variance of all elements.</summary>
    public static Tensor var(Tensor input, bool unbiased = true) => input.var(unbiased);
    /// <summary>Variance along <paramref name="dim"/>.</summary>
    public static Tensor var(Tensor input, long dim, bool unbiased = true, bool keepdim = false) => input.var(dim, unbiased, keepdim);
    /// <summary>Stable log Σ exp along <paramref name="dim"/>.</summary>
    public static Tensor logsumexp(Tensor input, long dim, bool keepdim = false) => input.logsumexp(dim, keepdim);
    /// <summary>Running sum.</summary>
    public static Tensor cumsum(Tensor input, long dim, ScalarType? type = null) => input.cumsum(dim, type);
    /// <summary>Running product.</summary>
    public static Tensor cumprod(Tensor input, long dim, ScalarType? type = null) => input.cumprod(dim, type);
    /// <summary>Whether every element is nonzero.</summary>
    public static Tensor all(Tensor input) => input.all();
    /// <summary>Whether every element along <paramref name="dim"/> is nonzero.</summary>
    public static Tensor all(Tensor input, long dim, bool keepdim = false) => input.all(dim, keepdim);
    /// <summary>Whether any element is nonzero.</summary>
    public static Tensor any(Tensor input) => input.any();
    /// <summary>Whether any element along <paramref name="dim"/> is nonzero.</summary>
    public static Tensor any(Tensor input, long dim, bool keepdim = false) => input.any(dim, keepdim);
    /// <summary>The k largest (smallest) elements with indices.</summary>
    public static (Tensor values, Tensor indexes) topk(Tensor input, long k, long dim = -1, bool largest = true, bool sorted = true) =>
        input.topk(k, dim, largest, sorted);
    /// <summary>Sorted values and the sorting permutation.</summary>
    public static (Tensor Values, Tensor Indices) sort(Tensor input, long dim = -1, bool descending = false, bool stable = false) =>
        input.sort(dim, descending, stable);
    /// <summary>The sorting permutation.</summary>
    public static Tensor argsort(Tensor input, long dim = -1, bool descending = false, bool stable = false) =>
        input.argsort(dim, descending, stable);
}
