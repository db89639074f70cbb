namespace Siamese.Torch;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>
        /// Stateless layer computations and losses (<c>torch.nn.functional</c>, usually imported as
        /// <c>F</c>). Each function calls the ATen op that PyTorch's Python wrapper calls, with the same
        /// checks, so values and gradients equal PyTorch's. Split by area: <c>nn.functional.&lt;Area&gt;.cs</c>.
        /// </summary>
        public static partial class functional
        {
            /// <summary>
            /// Expands a size argument given as one value or one per spatial dimension to
            /// <paramref name="count"/> values (PyTorch's <c>_pair</c>); null gives <paramref name="fallback"/>.
            /// </summary>
            internal static long[] Expand(long[]? values, long fallback, int count, string name)
            {
                if (values is null)
                {
                    return Enumerable.Repeat(fallback, count).ToArray();
                }
                if (values.Length == 1)
                {
                    return Enumerable.Repeat(values[0], count).ToArray();
                }
                if (values.Length != count)
                {
                    throw new ArgumentException($"{name} must have 1 or {count} values, got [{string.Join(", ", values)}]", name);
                }
                return values;
            }

            internal static IntPtr HandleOrNull(Tensor? t) => t?.Handle ?? IntPtr.Zero;
        }
    }
}
