using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>
        /// Parameter initialisation (<c>torch.nn.init</c>). Every function fills its tensor in place without
        /// recording gradients and returns it; the random ones draw from libtorch's generator, so after
        /// <c>torch.manual_seed(s)</c> they give PyTorch's values. Bounds are computed in double precision with
        /// PyTorch's formulas.
        /// </summary>
        public static class init
        {
            /// <summary>Which fan (<c>mode</c>) the Kaiming initialisations preserve the variance of.</summary>
            public enum FanInOut
            {
                /// <summary>Inputs per output unit: preserves the forward variance.</summary>
                FanIn,

                /// <summary>Outputs per input unit: preserves the backward variance.</summary>
                FanOut,
            }

            /// <summary>The nonlinearity a gain is computed for (PyTorch's <c>nonlinearity</c> string).</summary>
            public enum NonlinearityType
            {
                /// <summary>"linear": gain 1.</summary>
                Linear,

                /// <summary>"conv1d": gain 1.</summary>
                Conv1D,

                /// <summary>"conv2d": gain 1.</summary>
                Conv2D,

                /// <summary>"conv3d": gain 1.</summary>
                Conv3D,

                /// <summary>"conv_transpose1d": gain 1.</summary>
                ConvTranspose1D,

                /// <summary>"conv_transpose2d": gain 1.</summary>
                ConvTranspose2D,

                /// <summary>"conv_transpose3d": gain 1.</summary>
                ConvTranspose3D,

                /// <summary>"sigmoid": gain 1.</summary>
                Sigmoid,

                /// <summary>"tanh": gain 5/3.</summary>
                Tanh,

                /// <summary>"relu": gain √2.</summary>
                ReLU,

                /// <summary>"leaky_relu": gain √(2 / (1 + slope²)), slope 0.01 by default.</summary>
                LeakyReLU,

                /// <summary>"selu": gain 3/4.</summary>
                SELU,
            }

            private const double DefaultLeakyReluSlope = 0.01;

            /// <summary>The recommended gain for a nonlinearity (<paramref name="param"/>: the leaky ReLU slope).</summary>
            public static double calculate_gain(NonlinearityType nonlinearity, double? param = null) => nonlinearity switch
            {
                NonlinearityType.Linear or NonlinearityType.Conv1D or NonlinearityType.Conv2D or NonlinearityType.Conv3D
                    or NonlinearityType.ConvTranspose1D or NonlinearityType.ConvTranspose2D or NonlinearityType.ConvTranspose3D
                    or NonlinearityType.Sigmoid => 1.0,
                NonlinearityType.Tanh => 5.0 / 3,
                NonlinearityType.ReLU => Math.Sqrt(2.0),
                NonlinearityType.LeakyReLU => Math.Sqrt(2.0 / (1 + (param ?? DefaultLeakyReluSlope) * (param ?? DefaultLeakyReluSlope))),
                NonlinearityType.SELU => 3.0 / 4,
                _ => throw new ArgumentOutOfRangeException(nameof(nonlinearity), nonlinearity, null),
            };

            /// <summary>
            /// (fan_in, fan_out) of a weight: size(1)·receptive and size(0)·receptive, where receptive is the
            /// product of the dimensions after the second (the kernel size of a convolution).
            /// </summary>
            public static (long fan_in, long fan_out) calculate_fan_in_and_fan_out(Tensor tensor)
            {
                var shape = tensor.shape;
                if (shape.Length < 2)
                {
                    throw new ArgumentException("Fan in and fan out can not be computed for tensor with fewer than 2 dimensions", nameof(tensor));
                }
                long receptive = 1;
                for (var i = 2; i < shape.Length; i++)
                {
                    receptive *= shape[i];
                }
                return (shape[1] * receptive, shape[0] * receptive);
            }

            private static long Fan(Tensor tensor, FanInOut mode)
            {
                var (fanIn, fanOut) = calculate_fan_in_and_fan_out(tensor);
                return mode == FanInOut.FanIn ? fanIn : fanOut;
            }

            /// <summary>Uniform samples in [a, b).</summary>
            public static Tensor uniform_(Tensor tensor, double a = 0, double b = 1)
            {
                Check(sts_nn_init_uniform_(tensor.Handle, a, b));
                return tensor;
            }

            /// <summary>Normal samples N(mean, std²).</summary>
            public static Tensor normal_(Tensor tensor, double mean = 0, double std = 1)
            {
                Check(sts_nn_init_normal_(tensor.Handle, mean, std));
                return tensor;
            }

            /// <summary>Normal samples N(mean, std²) truncated to [a, b] (inverse-CDF sampling, as PyTorch).</summary>
            public static Tensor trunc_normal_(Tensor tensor, double mean = 0, double std = 1, double a = -2, double b = 2)
            {
                Check(sts_nn_init_trunc_normal_(tensor.Handle, mean, std, a, b));
                return tensor;
            }

            /// <summary>Fills with <paramref name="val"/>.</summary>
            public static Tensor constant_(Tensor tensor, Scalar val)
            {
                Check(sts_nn_init_fill_(tensor.Handle, val.ToNative()));
                return tensor;
            }

            /// <summary>Fills with zeros.</summary>
            public static Tensor zeros_(Tensor tensor) => constant_(tensor, 0);

            /// <summary>Fills with ones.</summary>
            public static Tensor ones_(Tensor tensor) => constant_(tensor, 1);

            /// <summary>The identity matrix (2-D tensors only).</summary>
            public static Tensor eye_(Tensor tensor)
            {
                Check(sts_nn_init_eye_(tensor.Handle));
                return tensor;
            }

            /// <summary>A (semi-)orthogonal matrix scaled by <paramref name="gain"/> (Saxe et al. 2013).</summary>
            public static Tensor orthogonal_(Tensor tensor, double gain = 1)
            {
                Check(sts_nn_init_orthogonal_(tensor.Handle, gain));
                return tensor;
            }

            /// <summary>Glorot uniform: U(−a, a) with a = gain·√(6 / (fan_in + fan_out)).</summary>
            public static Tensor xavier_uniform_(Tensor tensor, double gain = 1.0)
            {
                var (fanIn, fanOut) = calculate_fan_in_and_fan_out(tensor);
                var std = gain * Math.Sqrt(2.0 / (fanIn + fanOut));
                var a = Math.Sqrt(3.0) * std;
                return uniform_(tensor, -a, a);
            }

            /// <summary>Glorot normal: N(0, std²) with std = gain·√(2 / (fan_in + fan_out)).</summary>
            public static Tensor xavier_normal_(Tensor tensor, double gain = 1.0)
            {
                var (fanIn, fanOut) = calculate_fan_in_and_fan_out(tensor);
                var std = gain * Math.Sqrt(2.0 / (fanIn + fanOut));
                return normal_(tensor, 0, std);
            }

            /// <summary>
            /// He uniform: U(−bound, bound) with bound = √3 · gain / √fan, gain from <paramref name="nonlinearity"/>
            /// and <paramref name="a"/> (the leaky ReLU slope). Linear and Conv2d use a = √5 by default.
            /// </summary>
            public static Tensor kaiming_uniform_(Tensor tensor, double a = 0, FanInOut mode = FanInOut.FanIn,
                NonlinearityType nonlinearity = NonlinearityType.LeakyReLU)
            {
                if (tensor.shape.Contains(0))
                {
                    // PyTorch warns and leaves a zero-element tensor as it is.
                    return tensor;
                }
                var std = calculate_gain(nonlinearity, a) / Math.Sqrt(Fan(tensor, mode));
                var bound = Math.Sqrt(3.0) * std;
                return uniform_(tensor, -bound, bound);
            }

            /// <summary>He normal: N(0, std²) with std = gain / √fan.</summary>
            public static Tensor kaiming_normal_(Tensor tensor, double a = 0, FanInOut mode = FanInOut.FanIn,
                NonlinearityType nonlinearity = NonlinearityType.LeakyReLU)
            {
                if (tensor.shape.Contains(0))
                {
                    return tensor;
                }
                var std = calculate_gain(nonlinearity, a) / Math.Sqrt(Fan(tensor, mode));
                return normal_(tensor, 0, std);
            }
        }
    }
}
