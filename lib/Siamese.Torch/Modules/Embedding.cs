using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>
/// A lookup table of <c>num_embeddings</c> vectors of size <c>embedding_dim</c>, as <c>nn.Embedding</c>:
/// indices of any shape <c>(*)</c> (int64) map to <c>(*, embedding_dim)</c>. The row at
/// <see cref="padding_idx"/> starts at zero and never receives a gradient, so padding tokens stay zero.
/// Weights start as N(0, 1) (PyTorch's initialisation).
/// </summary>
public sealed class Embedding : nn.Module<Tensor, Tensor>
{
    private readonly nn.Parameter _weight;

    /// <summary>Creates the table; see <see cref="nn.Embedding"/>.</summary>
    internal Embedding(long num_embeddings, long embedding_dim, long? padding_idx, double? max_norm, double norm_type,
        bool scale_grad_by_freq, bool sparse, Tensor? weight, Device? device, ScalarType? dtype)
        : base(nameof(Embedding))
    {
        this.num_embeddings = num_embeddings;
        this.embedding_dim = embedding_dim;
        this.padding_idx = NormalizePaddingIndex(padding_idx, num_embeddings);
        this.max_norm = max_norm;
        this.norm_type = norm_type;
        this.scale_grad_by_freq = scale_grad_by_freq;
        this.sparse = sparse;
        if (weight is null)
        {
            using var data = empty([num_embeddings, embedding_dim], dtype, device);
            _weight = new nn.Parameter(data);
            reset_parameters();
        }
        else
        {
            var shape = weight.shape;
            if (shape.Length != 2 || shape[0] != num_embeddings || shape[1] != embedding_dim)
            {
                throw new ArgumentException("Shape of weight does not match num_embeddings and embedding_dim", nameof(weight));
            }
            // Shares storage with the given tensor, as nn.Embedding(_weight=...) does.
            _weight = new nn.Parameter(weight);
        }
        RegisterComponents();
    }

    /// <summary>Number of rows (vocabulary size).</summary>
    public long num_embeddings { get; }

    /// <summary>Size of each vector.</summary>
    public long embedding_dim { get; }

    /// <summary>Index of the padding row (normalised to be non-negative), or null.</summary>
    public long? padding_idx { get; }

    /// <summary>When set, looked-up rows with a larger norm are rescaled in place to this norm.</summary>
    public double? max_norm { get; }

    /// <summary>The p of the p-norm used with <see cref="max_norm"/>.</summary>
    public double norm_type { get; }

    /// <summary>Scales gradients by the inverse frequency of each index in the mini-batch.</summary>
    public bool scale_grad_by_freq { get; }

    /// <summary>Requests a sparse gradient for the weight.</summary>
    public bool sparse { get; }

    /// <summary>The table, shape <c>(num_embeddings, embedding_dim)</c>.</summary>
    public nn.Parameter weight => _weight;

    /// <summary>Redraws the weights from N(0, 1) and zeroes the padding row.</summary>
    public void reset_parameters()
    {
        SequenceInit.Normal(_weight);
        if (padding_idx is long row)
        {
            SequenceInit.FillRow(_weight, row, 0.0);
        }
    }

    /// <summary>Looks up <paramref name="input"/> (int64 indices, shape <c>(*)</c>) → <c>(*, embedding_dim)</c>.</summary>
    public override Tensor forward(Tensor input) =>
        nn.functional.embedding(input, _weight, padding_idx, max_norm, norm_type, scale_grad_by_freq, sparse);

    /// <summary>
    /// A table holding <paramref name="embeddings"/> (shape <c>(num_embeddings, embedding_dim)</c>, storage shared),
    /// frozen unless <paramref name="freeze"/> is false (<c>nn.Embedding.from_pretrained</c>). The padding row is
    /// kept as given but gets no gradient.
    /// </summary>
    public static Embedding from_pretrained(Tensor embeddings, bool freeze = true, long? padding_idx = null,
        double? max_norm = null, double norm_type = 2.0, bool scale_grad_by_freq = false, bool sparse = false)
    {
        var shape = embeddings.shape;
        if (shape.Length != 2)
        {
            throw new ArgumentException("Embeddings parameter is expected to be 2-dimensional", nameof(embeddings));
        }
        var embedding = new Embedding(shape[0], shape[1], padding_idx, max_norm, norm_type, scale_grad_by_freq, sparse,
            embeddings, null, null);
        embedding.weight.requires_grad = !freeze;
        return embedding;
    }

    private static long? NormalizePaddingIndex(long? padding_idx, long num_embeddings)
    {
        if (padding_idx is not long index)
        {
            return null;
        }
        if (index >= num_embeddings || index < -num_embeddings)
        {
            throw new ArgumentOutOfRangeException(nameof(padding_idx), index, "Padding_idx must be within num_embeddings");
        }
        return index < 0 ? num_embeddings + index : index;
    }
}
