using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>x1·x2 / max(‖x1‖·‖x2‖, eps) along <c>dim</c>: two (N, D) embeddings → (N) similarities.</summary>
public sealed class CosineSimilarity : nn.Module<Tensor, Tensor, Tensor>
{
    /// <summary>Creates the layer.</summary>
    public CosineSimilarity(long dim = 1, double eps = 1e-8) : base(nameof(CosineSimilarity))
    {
        this.dim = dim;
        this.eps = eps;
    }

    /// <summary>The dimension reduced.</summary>
    public long dim { get; }

    /// <summary>Lower bound of the norm product.</summary>
    public double eps { get; }

    /// <inheritdoc/>
    public override Tensor forward(Tensor x1, Tensor x2) => nn.functional.cosine_similarity(x1, x2, dim, eps);
}
