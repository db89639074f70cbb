using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary>max(x, 0), elementwise.</summary>
            public static Tensor relu(Tensor input) => Tensor.Wrap(sts_nn_relu(input.Handle, out var r), r);

            /// <summary>min(max(x, 0), 6), elementwise.</summary>
            public static Tensor relu6(Tensor input) => Tensor.Wrap(sts_nn_relu6(input.Handle, out var r), r);

            /// <summary>1 / (1 + exp(-x)), elementwise.</summary>
            public static Tensor sigmoid(Tensor input) => Tensor.Wrap(sts_nn_sigmoid(input.Handle, out var r), r);

            /// <summary>Hyperbolic tangent, elementwise.</summary>
            public static Tensor tanh(Tensor input) => Tensor.Wrap(sts_nn_tanh(input.Handle, out var r), r);

            /// <summary>x · sigmoid(x) (SiLU / swish), elementwise.</summary>
            public static Tensor silu(Tensor input) => Tensor.Wrap(sts_nn_silu(input.Handle, out var r), r);

            /// <summary>
            /// Gaussian error linear unit x · Φ(x); <paramref name="approximate"/> "none" (exact erf) or "tanh"
            /// (the tanh approximation).
            /// </summary>
            public static Tensor gelu(Tensor input, string approximate = "none") => Tensor.Wrap(sts_nn_gelu(input.Handle, approximate, out var r), r);

            /// <summary>x for x ≥ 0, <paramref name="negative_slope"/>·x otherwise.</summary>
            public static Tensor leaky_relu(Tensor input, double negative_slope = 0.01) =>
                Tensor.Wrap(sts_nn_leaky_relu(input.Handle, negative_slope, out var r), r);

            /// <summary>x for x &gt; 0, alpha·(exp(x) − 1) otherwise.</summary>
            public static Tensor elu(Tensor input, double alpha = 1.0) => Tensor.Wrap(sts_nn_elu(input.Handle, alpha, out var r), r);

            /// <summary>log(1 + exp(beta·x)) / beta (linear above <paramref name="threshold"/>).</summary>
            public static Tensor softplus(Tensor input, double beta = 1, double threshold = 20) =>
                Tensor.Wrap(sts_nn_softplus(input.Handle, beta, threshold, out var r), r);

            /// <summary>exp(x) / Σ exp(x) along <paramref name="dim"/>, optionally computed in <paramref name="dtype"/>.</summary>
            public static Tensor softmax(Tensor input, long dim, ScalarType? dtype = null) =>
                Tensor.Wrap(sts_nn_softmax(input.Handle, dim, dtype is null ? -1 : (int)dtype, out var r), r);

            /// <summary>log(softmax(x)) along <paramref name="dim"/>, computed stably.</summary>
            public static Tensor log_softmax(Tensor input, long dim, ScalarType? dtype = null) =>
                Tensor.Wrap(sts_nn_log_softmax(input.Handle, dim, dtype is null ? -1 : (int)dtype, out var r), r);
        }
    }
}
