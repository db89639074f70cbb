namespace Siamese.Torch;

public static partial class torch
{
    /// <summary>
    /// One entry of an index expression, as in TorchSharp: <c>t[TensorIndex.Colon, 0]</c> is PyTorch's
    /// <c>t[:, 0]</c>. Converts implicitly from <see cref="long"/>/<see cref="int"/> (a single position),
    /// <see cref="System.Range"/> / <see cref="System.Index"/> (<c>t[1..3]</c>, <c>t[^1]</c>),
    /// <see cref="bool"/> and <see cref="Tensor"/> (integer indices or a bool mask).
    /// </summary>
    public sealed class TensorIndex
    {
        /// <summary>Marks an absent slice bound (Python's <c>None</c> in <c>a:b:c</c>).</summary>
        internal const long NoBound = long.MinValue;

        internal enum Kind
        {
            Single = 0,
            Slice = 1,
            Ellipsis = 2,
            None = 3,
            Bool = 4,
            Tensor = 5,
        }

        private TensorIndex(Kind kind, long a = 0, long b = 0, long c = 0, Tensor? tensor = null)
        {
            IndexKind = kind;
            A = a;
            B = b;
            C = c;
            TensorValue = tensor;
        }

        internal Kind IndexKind { get; }
        internal long A { get; }
        internal long B { get; }
        internal long C { get; }
        internal Tensor? TensorValue { get; }

        /// <summary>A single position (removes the dimension); negative counts from the end.</summary>
        public static TensorIndex Single(long index) => new(Kind.Single, index);

        /// <summary>The slice start:stop:step; null bounds mean "from the start" / "to the end", null step 1.</summary>
        public static TensorIndex Slice(long? start = null, long? stop = null, long? step = null) =>
            new(Kind.Slice, start ?? NoBound, stop ?? NoBound, step ?? NoBound);

        /// <summary>Python's <c>...</c>: as many full slices as needed.</summary>
        public static TensorIndex Ellipsis { get; } = new(Kind.Ellipsis);

        /// <summary>Python's <c>None</c>: inserts a size-1 dimension.</summary>
        public static TensorIndex None { get; } = new(Kind.None);

        /// <summary>Python's <c>:</c> (the whole dimension).</summary>
        public static TensorIndex Colon { get; } = Slice();

        /// <summary>A bool index (true adds a size-1 dimension, false an empty one).</summary>
        public static TensorIndex Bool(bool value) => new(Kind.Bool, value ? 1 : 0);

        /// <summary>Advanced indexing by an int64 index tensor or a bool mask.</summary>
        public static TensorIndex Tensor(Tensor tensor) => new(Kind.Tensor, tensor: tensor);

        /// <summary>A single position.</summary>
        public static implicit operator TensorIndex(long index) => Single(index);

        /// <summary>A single position.</summary>
        public static implicit operator TensorIndex(int index) => Single(index);

        /// <summary>A bool index.</summary>
        public static implicit operator TensorIndex(bool value) => Bool(value);

        /// <summary>An index tensor or bool mask.</summary>
        public static implicit operator TensorIndex(Tensor tensor) => Tensor(tensor);

        /// <summary>A single position; <c>^1</c> is the last element.</summary>
        public static implicit operator TensorIndex(Index index) => Single(index.IsFromEnd ? -index.Value : index.Value);

        /// <summary>A slice: <c>1..3</c> is <c>1:3</c>, <c>..</c> is <c>:</c>, <c>^2..</c> is <c>-2:</c>.</summary>
        public static implicit operator TensorIndex(Range range) =>
            Slice(Bound(range.Start, isStart: true), Bound(range.End, isStart: false));

        // C#'s open ends are 0 and ^0; PyTorch's are absent bounds (^0 as a stop would be the position 0).
        private static long? Bound(Index index, bool isStart)
        {
            if (index.IsFromEnd)
            {
                return index.Value == 0 ? null : -index.Value;
            }
            return index.Value == 0 && isStart ? null : index.Value;
        }
    }
}
