using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary>
            /// ‖x1 − x2 + eps‖_p over the last dimension: (N, D) and (N, D) → (N) (or (N, 1) with keepdim).
            /// The eps keeps the gradient finite when the two embeddings are equal.
            /// </summary>
            public static Tensor pairwise_distance(Tensor x1, Tensor x2, double p = 2.0, double eps = 1e-6, bool keepdim = false) =>
                Tensor.Wrap(sts_nn_pairwise_distance(x1.Handle, x2.Handle, p, eps, keepdim ? 1 : 0, out var r), r);

            /// <summary>x1·x2 / max(‖x1‖·‖x2‖, eps) along <paramref name="dim"/> (broadcasting).</summary>
            public static Tensor cosine_similarity(Tensor x1, Tensor x2, long dim = 1, double eps = 1e-8) =>
                Tensor.Wrap(sts_nn_cosine_similarity(x1.Handle, x2.Handle, dim, eps, out var r), r);

            /// <summary>x / max(‖x‖_p, eps) along <paramref name="dim"/> (unit-length embeddings).</summary>
            public static Tensor normalize(Tensor input, double p = 2.0, long dim = 1, double eps = 1e-12) =>
                Tensor.Wrap(sts_nn_normalize(input.Handle, p, dim, eps, out var r), r);
        }
    }

    /// <summary>All pairwise p-norm distances: (B, P, M) and (B, R, M) → (B, P, R) (or without the batch dimension).</summary>
    public static Tensor cdist(Tensor x1, Tensor x2, double p = 2.0) =>
        Tensor.Wrap(sts_nn_cdist(x1.Handle, x2.Handle, p, out var r), r);
}
