using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary>(input − target)², reduced; input and target broadcast.</summary>
            public static Tensor mse_loss(Tensor input, Tensor target, Reduction reduction = Reduction.Mean) =>
                Tensor.Wrap(sts_nn_mse_loss(input.Handle, target.Handle, (long)reduction, out var r), r);

            /// <summary>|input − target|, reduced; input and target broadcast.</summary>
            public static Tensor l1_loss(Tensor input, Tensor target, Reduction reduction = Reduction.Mean) =>
                Tensor.Wrap(sts_nn_l1_loss(input.Handle, target.Handle, (long)reduction, out var r), r);

            /// <summary>Quadratic below <paramref name="beta"/>, linear above (divided by beta).</summary>
            public static Tensor smooth_l1_loss(Tensor input, Tensor target, Reduction reduction = Reduction.Mean, double beta = 1.0) =>
                Tensor.Wrap(sts_nn_smooth_l1_loss(input.Handle, target.Handle, (long)reduction, beta, out var r), r);

            /// <summary>Quadratic below <paramref name="delta"/>, linear above (scaled by delta).</summary>
            public static Tensor huber_loss(Tensor input, Tensor target, Reduction reduction = Reduction.Mean, double delta = 1.0) =>
                Tensor.Wrap(sts_nn_huber_loss(input.Handle, target.Handle, (long)reduction, delta, out var r), r);

            /// <summary>
            /// −w·[y·log(x) + (1 − y)·log(1 − x)] for probabilities x (same shape as y); logs are clamped at −100
            /// as in PyTorch. Prefer <see cref="binary_cross_entropy_with_logits"/> on a logit head.
            /// </summary>
            public static Tensor binary_cross_entropy(Tensor input, Tensor target, Tensor? weight = null, Reduction reduction = Reduction.Mean) =>
                Tensor.Wrap(sts_nn_binary_cross_entropy(input.Handle, target.Handle, HandleOrNull(weight), (long)reduction, out var r), r);

            /// <summary>
            /// Binary cross-entropy on logits (sigmoid folded in, numerically stable). <paramref name="pos_weight"/>
            /// (one per class, broadcast over the last dimension) weighs the positive term, e.g. negatives/positives.
            /// </summary>
            public static Tensor binary_cross_entropy_with_logits(Tensor input, Tensor target, Tensor? weight = null,
                Reduction reduction = Reduction.Mean, Tensor? pos_weight = null) =>
                Tensor.Wrap(sts_nn_binary_cross_entropy_with_logits(input.Handle, target.Handle, HandleOrNull(weight), HandleOrNull(pos_weight), (long)reduction, out var r), r);

            /// <summary>
            /// Softmax cross-entropy of logits (N, C) against class indices (N) (int64) or class probabilities (N, C).
            /// Targets equal to <paramref name="ignore_index"/> do not count; <paramref name="label_smoothing"/> mixes
            /// the target with the uniform distribution.
            /// </summary>
            public static Tensor cross_entropy(Tensor input, Tensor target, Tensor? weight = null, long ignore_index = -100,
                Reduction reduction = Reduction.Mean, double label_smoothing = 0.0) =>
                Tensor.Wrap(sts_nn_cross_entropy(input.Handle, target.Handle, HandleOrNull(weight), (long)reduction, ignore_index, label_smoothing, out var r), r);

            /// <summary>Negative log-likelihood of log-probabilities (N, C) at class indices (N).</summary>
            public static Tensor nll_loss(Tensor input, Tensor target, Tensor? weight = null, long ignore_index = -100, Reduction reduction = Reduction.Mean) =>
                Tensor.Wrap(sts_nn_nll_loss(input.Handle, target.Handle, HandleOrNull(weight), (long)reduction, ignore_index, out var r), r);

            /// <summary>Kullback–Leibler divergence of log-probabilities <paramref name="input"/> from <paramref name="target"/>.</summary>
            public static Tensor kl_div(Tensor input, Tensor target, Reduction reduction = Reduction.Mean, bool log_target = false) =>
                Tensor.Wrap(sts_nn_kl_div(input.Handle, target.Handle, (long)reduction, log_target ? 1 : 0, out var r), r);

            /// <summary>
            /// max(d(a, p) − d(a, n) + margin, 0) with d the pairwise p-norm distance (plus eps); with
            /// <paramref name="swap"/> d(a, n) is replaced by min(d(a, n), d(p, n)) (Balntas et al. 2016).
            /// </summary>
            public static Tensor triplet_margin_loss(Tensor anchor, Tensor positive, Tensor negative, double margin = 1.0, long p = 2,
                double eps = 1e-6, bool swap = false, Reduction reduction = Reduction.Mean) =>
                Tensor.Wrap(sts_nn_triplet_margin_loss(anchor.Handle, positive.Handle, negative.Handle, margin, p, eps, swap ? 1 : 0, (long)reduction, out var r), r);

            /// <summary>max(0, −y·(x1 − x2) + margin) for targets y in {1, −1}.</summary>
            public static Tensor margin_ranking_loss(Tensor input1, Tensor input2, Tensor target, double margin = 0.0, Reduction reduction = Reduction.Mean) =>
                Tensor.Wrap(sts_nn_margin_ranking_loss(input1.Handle, input2.Handle, target.Handle, margin, (long)reduction, out var r), r);

            /// <summary>1 − cos(x1, x2) for y = 1, max(0, cos(x1, x2) − margin) for y = −1.</summary>
            public static Tensor cosine_embedding_loss(Tensor input1, Tensor input2, Tensor target, double margin = 0.0, Reduction reduction = Reduction.Mean) =>
                Tensor.Wrap(sts_nn_cosine_embedding_loss(input1.Handle, input2.Handle, target.Handle, margin, (long)reduction, out var r), r);

            /// <summary>x for y = 1, max(0, margin − x) for y = −1 (x usually a distance).</summary>
            public static Tensor hinge_embedding_loss(Tensor input, Tensor target, double margin = 1.0, Reduction reduction = Reduction.Mean) =>
                Tensor.Wrap(sts_nn_hinge_embedding_loss(input.Handle, target.Handle, margin, (long)reduction, out var r), r);
        }
    }
}
