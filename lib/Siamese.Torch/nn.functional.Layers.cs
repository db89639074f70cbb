using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary>x · Wᵀ + b: input (*, in_features), weight (out_features, in_features), bias (out_features).</summary>
            public static Tensor linear(Tensor input, Tensor weight, Tensor? bias = null) =>
                Tensor.Wrap(sts_nn_linear(input.Handle, weight.Handle, HandleOrNull(bias), out var r), r);

            /// <summary>x1ᵀ · A · x2 + b: weight (out, in1, in2).</summary>
            public static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight, Tensor? bias = null) =>
                Tensor.Wrap(sts_nn_bilinear(input1.Handle, input2.Handle, weight.Handle, HandleOrNull(bias), out var r), r);

            /// <summary>1-D convolution: input (N, C_in, L), weight (C_out, C_in / groups, k).</summary>
            public static Tensor conv1d(Tensor input, Tensor weight, Tensor? bias = null, long stride = 1, long padding = 0, long dilation = 1, long groups = 1) =>
                Tensor.Wrap(sts_nn_conv1d(input.Handle, weight.Handle, HandleOrNull(bias), stride, padding, null, dilation, groups, out var r), r);

            /// <summary>
            /// 2-D convolution (cross-correlation): input (N, C_in, H, W), weight (C_out, C_in / groups, kH, kW),
            /// bias (C_out) → (N, C_out, H_out, W_out). Each of stride, padding, dilation is one value or (h, w).
            /// </summary>
            public static unsafe Tensor conv2d(Tensor input, Tensor weight, Tensor? bias = null, long[]? stride = null,
                long[]? padding = null, long[]? dilation = null, long groups = 1)
            {
                var s = Expand(stride, 1, 2, nameof(stride));
                var p = Expand(padding, 0, 2, nameof(padding));
                var d = Expand(dilation, 1, 2, nameof(dilation));
                fixed (long* ps = s, pp = p, pd = d)
                {
                    return Tensor.Wrap(sts_nn_conv2d(input.Handle, weight.Handle, HandleOrNull(bias), ps, pp, null, pd, groups, out var r), r);
                }
            }

            /// <summary>2-D convolution with symbolic padding ("valid" or "same").</summary>
            public static unsafe Tensor conv2d(Tensor input, Tensor weight, Tensor? bias, long[]? stride, Padding padding,
                long[]? dilation = null, long groups = 1)
            {
                var s = Expand(stride, 1, 2, nameof(stride));
                var d = Expand(dilation, 1, 2, nameof(dilation));
                var mode = padding == Padding.Same ? "same" : "valid";
                fixed (long* ps = s, pd = d)
                {
                    return Tensor.Wrap(sts_nn_conv2d(input.Handle, weight.Handle, HandleOrNull(bias), ps, null, mode, pd, groups, out var r), r);
                }
            }

            /// <summary>
            /// Max over kernel windows: (N, C, H, W) → (N, C, H_out, W_out). Stride defaults to the kernel size.
            /// </summary>
            public static unsafe Tensor max_pool2d(Tensor input, long[] kernel_size, long[]? stride = null, long[]? padding = null,
                long[]? dilation = null, bool ceil_mode = false)
            {
                var k = Expand(kernel_size, 1, 2, nameof(kernel_size));
                var s = stride is null ? k : Expand(stride, 1, 2, nameof(stride));
                var p = Expand(padding, 0, 2, nameof(padding));
                var d = Expand(dilation, 1, 2, nameof(dilation));
                fixed (long* pk = k, ps = s, pp = p, pd = d)
                {
                    return Tensor.Wrap(sts_nn_max_pool2d(input.Handle, pk, ps, 2, pp, pd, ceil_mode ? 1 : 0, out var r), r);
                }
            }

            /// <summary>Max pooling with a square kernel (and stride = kernel unless given).</summary>
            public static Tensor max_pool2d(Tensor input, long kernel_size, long? stride = null, long padding = 0, long dilation = 1, bool ceil_mode = false) =>
                max_pool2d(input, [kernel_size], stride is null ? null : [stride.Value], [padding], [dilation], ceil_mode);

            /// <summary>Max pooling that also returns the flat index (within each H·W plane) of every maximum.</summary>
            public static unsafe (Tensor output, Tensor indices) max_pool2d_with_indices(Tensor input, long[] kernel_size, long[]? stride = null,
                long[]? padding = null, long[]? dilation = null, bool ceil_mode = false)
            {
                var k = Expand(kernel_size, 1, 2, nameof(kernel_size));
                var s = stride is null ? k : Expand(stride, 1, 2, nameof(stride));
                var p = Expand(padding, 0, 2, nameof(padding));
                var d = Expand(dilation, 1, 2, nameof(dilation));
                fixed (long* pk = k, ps = s, pp = p, pd = d)
                {
                    Check(sts_nn_max_pool2d_with_indices(input.Handle, pk, ps, 2, pp, pd, ceil_mode ? 1 : 0, out var r, out var i));
                    return (new Tensor(r), new Tensor(i));
                }
            }

            /// <summary>1-D max pooling: (N, C, L) → (N, C, L_out).</summary>
            public static Tensor max_pool1d(Tensor input, long kernel_size, long? stride = null, long padding = 0, long dilation = 1, bool ceil_mode = false) =>
                Tensor.Wrap(sts_nn_max_pool1d(input.Handle, kernel_size, stride ?? kernel_size, padding, dilation, ceil_mode ? 1 : 0, out var r), r);

            /// <summary>
            /// Mean over kernel windows: (N, C, H, W) → (N, C, H_out, W_out). Padding zeros count in the mean
            /// when <paramref name="count_include_pad"/>; <paramref name="divisor_override"/> replaces the divisor.
            /// </summary>
            public static unsafe Tensor avg_pool2d(Tensor input, long[] kernel_size, long[]? stride = null, long[]? padding = null,
                bool ceil_mode = false, bool count_include_pad = true, long? divisor_override = null)
            {
                var k = Expand(kernel_size, 1, 2, nameof(kernel_size));
                var s = stride is null ? k : Expand(stride, 1, 2, nameof(stride));
                var p = Expand(padding, 0, 2, nameof(padding));
                if (divisor_override is <= 0)
                {
                    throw new ArgumentException("divisor must be not zero", nameof(divisor_override));
                }
                fixed (long* pk = k, ps = s, pp = p)
                {
                    return Tensor.Wrap(sts_nn_avg_pool2d(input.Handle, pk, ps, 2, pp, ceil_mode ? 1 : 0, count_include_pad ? 1 : 0, divisor_override ?? 0, out var r), r);
                }
            }

            /// <summary>Average pooling with a square kernel (and stride = kernel unless given).</summary>
            public static Tensor avg_pool2d(Tensor input, long kernel_size, long? stride = null, long padding = 0, bool ceil_mode = false, bool count_include_pad = true) =>
                avg_pool2d(input, [kernel_size], stride is null ? null : [stride.Value], [padding], ceil_mode, count_include_pad);

            /// <summary>1-D average pooling: (N, C, L) → (N, C, L_out).</summary>
            public static Tensor avg_pool1d(Tensor input, long kernel_size, long? stride = null, long padding = 0, bool ceil_mode = false, bool count_include_pad = true) =>
                Tensor.Wrap(sts_nn_avg_pool1d(input.Handle, kernel_size, stride ?? kernel_size, padding, ceil_mode ? 1 : 0, count_include_pad ? 1 : 0, out var r), r);

            /// <summary>Average pooling to a fixed output size (N, C, H, W) → (N, C, oH, oW), whatever H and W are.</summary>
            public static unsafe Tensor adaptive_avg_pool2d(Tensor input, long[] output_size)
            {
                var o = Expand(output_size, 1, 2, nameof(output_size));
                fixed (long* po = o)
                {
                    return Tensor.Wrap(sts_nn_adaptive_avg_pool2d(input.Handle, po, out var r), r);
                }
            }

            /// <summary>Max pooling to a fixed output size (N, C, H, W) → (N, C, oH, oW).</summary>
            public static unsafe Tensor adaptive_max_pool2d(Tensor input, long[] output_size)
            {
                var o = Expand(output_size, 1, 2, nameof(output_size));
                fixed (long* po = o)
                {
                    return Tensor.Wrap(sts_nn_adaptive_max_pool2d(input.Handle, po, out var r), r);
                }
            }

            /// <summary>Average pooling to a fixed length: (N, C, L) → (N, C, output_size).</summary>
            public static Tensor adaptive_avg_pool1d(Tensor input, long output_size) =>
                Tensor.Wrap(sts_nn_adaptive_avg_pool1d(input.Handle, output_size, out var r), r);

            /// <summary>
            /// Batch normalisation over (N, C, ...) per channel C. In training it uses the batch statistics and,
            /// when running buffers are given, updates them in place:
            /// running = (1 − momentum)·running + momentum·batch (unbiased variance); otherwise it uses the running ones.
            /// </summary>
            public static Tensor batch_norm(Tensor input, Tensor? running_mean, Tensor? running_var, Tensor? weight = null,
                Tensor? bias = null, bool training = false, double momentum = 0.1, double eps = 1e-5) =>
                Tensor.Wrap(sts_nn_batch_norm(input.Handle, HandleOrNull(running_mean), HandleOrNull(running_var), HandleOrNull(weight),
                    HandleOrNull(bias), training ? 1 : 0, momentum, eps, out var r), r);

            /// <summary>Normalises over the trailing <paramref name="normalized_shape"/> dimensions of each sample.</summary>
            public static unsafe Tensor layer_norm(Tensor input, long[] normalized_shape, Tensor? weight = null, Tensor? bias = null, double eps = 1e-5)
            {
                fixed (long* s = normalized_shape)
                {
                    return Tensor.Wrap(sts_nn_layer_norm(input.Handle, s, normalized_shape.Length, HandleOrNull(weight), HandleOrNull(bias), eps, out var r), r);
                }
            }

            /// <summary>Normalises (N, C, ...) over groups of C / num_groups channels.</summary>
            public static Tensor group_norm(Tensor input, long num_groups, Tensor? weight = null, Tensor? bias = null, double eps = 1e-5) =>
                Tensor.Wrap(sts_nn_group_norm(input.Handle, num_groups, HandleOrNull(weight), HandleOrNull(bias), eps, out var r), r);

            /// <summary>
            /// In training, zeroes each element with probability <paramref name="p"/> and scales the rest by
            /// 1 / (1 − p); the identity otherwise. The mask comes from libtorch's generator (torch.manual_seed).
            /// </summary>
            public static Tensor dropout(Tensor input, double p = 0.5, bool training = true, bool inplace = false) =>
                Tensor.Wrap(sts_nn_dropout(input.Handle, p, training ? 1 : 0, inplace ? 1 : 0, out var r), r);

            /// <summary>Zeroes whole channels of (N, C, H, W) with probability <paramref name="p"/> in training.</summary>
            public static Tensor dropout2d(Tensor input, double p = 0.5, bool training = true) =>
                Tensor.Wrap(sts_nn_dropout2d(input.Handle, p, training ? 1 : 0, out var r), r);

            /// <summary>Merges dimensions <paramref name="start_dim"/>..<paramref name="end_dim"/> into one.</summary>
            public static Tensor flatten(Tensor input, long start_dim = 0, long end_dim = -1) =>
                Tensor.Wrap(sts_nn_flatten(input.Handle, start_dim, end_dim, out var r), r);

            /// <summary>Splits dimension <paramref name="dim"/> into <paramref name="sizes"/> (one may be -1).</summary>
            public static unsafe Tensor unflatten(Tensor input, long dim, long[] sizes)
            {
                fixed (long* s = sizes)
                {
                    return Tensor.Wrap(sts_nn_unflatten(input.Handle, dim, s, sizes.Length, out var r), r);
                }
            }
        }
    }
}
