using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>Training utilities (<c>torch.nn.utils</c>): gradient clipping.</summary>
        public static partial class utils
        {
            /// <summary>
            /// Scales all gradients together so that their joint norm (as if concatenated into one vector) is at
            /// most <paramref name="max_norm"/>, and returns that norm before clipping. As PyTorch 1.13: every
            /// gradient is multiplied by min(1, max_norm / (total_norm + 1e-6)); tensors without a gradient are
            /// skipped; no gradients give 0. One native call for the whole list.
            /// </summary>
            /// <param name="tensors">The parameters whose <c>grad</c> is clipped (e.g. <c>model.parameters()</c>).</param>
            /// <param name="max_norm">The largest norm allowed.</param>
            /// <param name="norm_type">The p of the p-norm; <see cref="double.PositiveInfinity"/> for the max-abs norm.</param>
            /// <param name="error_if_nonfinite">Throw a <see cref="TorchException"/> when the norm is NaN or infinite.</param>
            public static unsafe double clip_grad_norm_(IEnumerable<Tensor> tensors, double max_norm, double norm_type = 2.0,
                bool error_if_nonfinite = false)
            {
                var handles = Handles(tensors);
                double total;
                fixed (IntPtr* h = handles)
                {
                    Check(sts_clip_grad_norm_(h, handles.Length, max_norm, norm_type, error_if_nonfinite ? 1 : 0, out total));
                }
                return total;
            }

            /// <summary>Clamps every gradient in place into [-clip_value, clip_value]; tensors without a gradient are skipped.</summary>
            /// <param name="tensors">The parameters whose <c>grad</c> is clipped.</param>
            /// <param name="clip_value">The largest absolute value allowed.</param>
            public static unsafe void clip_grad_value_(IEnumerable<Tensor> tensors, double clip_value)
            {
                var handles = Handles(tensors);
                fixed (IntPtr* h = handles)
                {
                    Check(sts_clip_grad_value_(h, handles.Length, clip_value));
                }
            }

            private static IntPtr[] Handles(IEnumerable<Tensor> tensors)
            {
                ArgumentNullException.ThrowIfNull(tensors);
                return tensors.Select(t => t.Handle).ToArray();
            }
        }
    }
}
