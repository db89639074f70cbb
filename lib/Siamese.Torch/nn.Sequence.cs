using Siamese.Torch.Modules;

namespace Siamese.Torch;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>
        /// A lookup table of <paramref name="num_embeddings"/> vectors of size <paramref name="embedding_dims"/>
        /// (weights N(0, 1); the <paramref name="padding_idx"/> row zero and without gradient).
        /// </summary>
        public static Embedding Embedding(long num_embeddings, long embedding_dims, long? padding_idx = null,
            double? max_norm = null, double norm_type = 2.0, bool scale_grad_by_freq = false, bool sparse = false,
            Device? device = null, ScalarType? dtype = null) =>
            new(num_embeddings, embedding_dims, padding_idx, max_norm, norm_type, scale_grad_by_freq, sparse, null, device, dtype);

        /// <summary>
        /// An embedding holding <paramref name="embeddings"/> <c>(num_embeddings, embedding_dim)</c>, frozen unless
        /// <paramref name="freeze"/> is false (PyTorch's <c>nn.Embedding.from_pretrained</c>; TorchSharp's name).
        /// </summary>
        public static Embedding Embedding_from_pretrained(Tensor embeddings, bool freeze = true, long? padding_idx = null,
            double? max_norm = null, double norm_type = 2.0, bool scale_grad_by_freq = false, bool sparse = false) =>
            Modules.Embedding.from_pretrained(embeddings, freeze, padding_idx, max_norm, norm_type, scale_grad_by_freq, sparse);

        /// <summary>
        /// A multi-layer LSTM from <paramref name="inputSize"/> features to <paramref name="hiddenSize"/> per
        /// direction; <paramref name="dropout"/> applies between layers in training mode.
        /// </summary>
        public static LSTM LSTM(long inputSize, long hiddenSize, long numLayers = 1, bool bias = true, bool batchFirst = false,
            double dropout = 0.0, bool bidirectional = false, Device? device = null, ScalarType? dtype = null) =>
            new(inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional, device, dtype);

        /// <summary>
        /// A multi-layer GRU from <paramref name="inputSize"/> features to <paramref name="hiddenSize"/> per
        /// direction; <paramref name="dropout"/> applies between layers in training mode.
        /// </summary>
        public static GRU GRU(long inputSize, long hiddenSize, long numLayers = 1, bool bias = true, bool batchFirst = false,
            double dropout = 0.0, bool bidirectional = false, Device? device = null, ScalarType? dtype = null) =>
            new(inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional, device, dtype);

        /// <summary>
        /// Multi-head attention of width <paramref name="embed_dim"/> split over <paramref name="num_heads"/> heads;
        /// <paramref name="kdim"/>/<paramref name="vdim"/> default to embed_dim.
        /// </summary>
        public static MultiheadAttention MultiheadAttention(long embed_dim, long num_heads, double dropout = 0.0, bool bias = true,
            long? kdim = null, long? vdim = null, bool batch_first = false, Device? device = null, ScalarType? dtype = null) =>
            new(embed_dim, num_heads, dropout, bias, kdim, vdim, batch_first, device, dtype);
    }
}
