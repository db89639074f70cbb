using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>Stateless forms of the layers (<c>torch.nn.functional</c>).</summary>
        public static partial class functional
        {
            /// <summary>
            /// Looks up rows of <paramref name="weight"/> <c>(num_embeddings, embedding_dim)</c> at
            /// <paramref name="input"/> (int64, any shape <c>(*)</c>) → <c>(*, embedding_dim)</c>. The row at
            /// <paramref name="padding_idx"/> (negative counts from the end) gets no gradient. With
            /// <paramref name="max_norm"/>, looked-up rows whose <paramref name="norm_type"/>-norm exceeds it are
            /// rescaled in place first, as F.embedding does.
            /// </summary>
            public static Tensor embedding(Tensor input, Tensor weight, long? padding_idx = null, double? max_norm = null,
                double norm_type = 2.0, bool scale_grad_by_freq = false, bool sparse = false) =>
                Tensor.Wrap(sts_seq_embedding(input.Handle, weight.Handle, padding_idx is null ? 0 : 1, padding_idx ?? 0,
                    max_norm ?? double.NaN, norm_type, scale_grad_by_freq ? 1 : 0, sparse ? 1 : 0, out var r), r);
        }
    }
}
