using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary>
            /// Pads the last dimensions: <paramref name="pad"/> lists (left, right) for the last dimension, then
            /// (top, bottom) for the one before, ... as in PyTorch. Reflect/replicate/circular pad the last 1-3
            /// dimensions of a 2-D to 5-D input.
            /// </summary>
            public static unsafe Tensor pad(Tensor input, long[] pad, PaddingModes mode = PaddingModes.Constant, double value = 0)
            {
                var name = mode switch
                {
                    PaddingModes.Constant or PaddingModes.Zeros => "constant",
                    PaddingModes.Reflect => "reflect",
                    PaddingModes.Replicate => "replicate",
                    PaddingModes.Circular => "circular",
                    _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
                };
                fixed (long* p = pad)
                {
                    return Tensor.Wrap(sts_nn_pad(input.Handle, p, pad.Length, name, mode == PaddingModes.Zeros ? 0 : value, out var r), r);
                }
            }

            /// <summary>
            /// Resizes (N, C, L), (N, C, H, W) or (N, C, D, H, W) to <paramref name="size"/> or by
            /// <paramref name="scale_factor"/> (one value or one per spatial dimension; the output size is
            /// <c>floor(input * scale)</c> and, unless <paramref name="recompute_scale_factor"/>, the kernel uses the
            /// given scale, as PyTorch does). <paramref name="align_corners"/> applies to the linear modes only and
            /// defaults to false.
            /// </summary>
            public static unsafe Tensor interpolate(Tensor input, long[]? size = null, double[]? scale_factor = null,
                InterpolationMode mode = InterpolationMode.Nearest, bool? align_corners = null,
                bool recompute_scale_factor = false, bool antialias = false)
            {
                var linear = mode is InterpolationMode.Linear or InterpolationMode.Bilinear or InterpolationMode.Bicubic or InterpolationMode.Trilinear;
                if (!linear && align_corners is not null)
                {
                    throw new ArgumentException("align_corners option can only be set with the interpolating modes: linear | bilinear | bicubic | trilinear", nameof(align_corners));
                }
                if (size is not null && scale_factor is not null)
                {
                    throw new ArgumentException("only one of size or scale_factor should be defined", nameof(size));
                }
                if (size is null && scale_factor is null)
                {
                    throw new ArgumentException("either size or scale_factor should be defined", nameof(size));
                }
                var spatial = (int)input.ndim - 2;
                // A single value applies to every spatial dimension, as in PyTorch.
                if (size is { Length: 1 } && spatial > 1)
                {
                    size = Enumerable.Repeat(size[0], spatial).ToArray();
                }
                if (scale_factor is { Length: 1 } && spatial > 1)
                {
                    scale_factor = Enumerable.Repeat(scale_factor[0], spatial).ToArray();
                }
                fixed (long* s = size)
                fixed (double* f = scale_factor)
                {
                    var status = sts_nn_interpolate(input.Handle, s, size?.Length ?? -1, f, scale_factor?.Length ?? -1, (int)mode,
                        align_corners == true ? 1 : 0, recompute_scale_factor ? 1 : 0, antialias ? 1 : 0, out var r);
                    return Tensor.Wrap(status, r);
                }
            }

            /// <summary>
            /// Sampling grid of an affine transform: theta (N, 2, 3) and size (N, C, H, W) give (N, H, W, 2) of
            /// normalised (x, y) source coordinates in [-1, 1], for <see cref="grid_sample"/> (a spatial
            /// transformer; the data augmentation's random affine warps).
            /// </summary>
            public static unsafe Tensor affine_grid(Tensor theta, long[] size, bool align_corners = false)
            {
                fixed (long* s = size)
                {
                    return Tensor.Wrap(sts_nn_affine_grid(theta.Handle, s, size.Length, align_corners ? 1 : 0, out var r), r);
                }
            }

            /// <summary>
            /// Reads <paramref name="input"/> (N, C, H_in, W_in) at the normalised (x, y) positions of
            /// <paramref name="grid"/> (N, H_out, W_out, 2), giving (N, C, H_out, W_out); differentiable in both.
            /// </summary>
            public static Tensor grid_sample(Tensor input, Tensor grid, GridSampleMode mode = GridSampleMode.Bilinear,
                GridSamplePaddingMode padding_mode = GridSamplePaddingMode.Zeros, bool? align_corners = null)
            {
                // ATen's enums: interpolation bilinear 0, nearest 1, bicubic 2; padding zeros 0, border 1, reflection 2.
                var interpolation = mode switch
                {
                    GridSampleMode.Bilinear => 0,
                    GridSampleMode.Nearest => 1,
                    GridSampleMode.Bicubic => 2,
                    _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
                };
                var padding = padding_mode switch
                {
                    GridSamplePaddingMode.Zeros => 0,
                    GridSamplePaddingMode.Border => 1,
                    GridSamplePaddingMode.Reflection => 2,
                    _ => throw new ArgumentOutOfRangeException(nameof(padding_mode), padding_mode, null),
                };
                return Tensor.Wrap(sts_nn_grid_sample(input.Handle, grid.Handle, interpolation, padding, align_corners == true ? 1 : 0, out var r), r);
            }
        }
    }
}
