using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>‖x1 − x2 + eps‖_p over the last dimension: two (N, D) embeddings → (N) distances.</summary>
public sealed class PairwiseDistance : nn.Module<Tensor, Tensor, Tensor>
{
    /// <summary>Creates the layer.</summary>
    public PairwiseDistance(double p = 2.0, double eps = 1e-6, bool keepdim = false) : base(nameof(PairwiseDistance))
    {
        norm = p;
        this.eps = eps;
        this.keepdim = keepdim;
    }

    /// <summary>The norm degree p.</summary>
    public double norm { get; }

    /// <summary>Added to the difference so the gradient stays finite at 0.</summary>
    public double eps { get; }

    /// <summary>Keep the reduced dimension (size 1).</summary>
    public bool keepdim { get; }

    /// <inheritdoc/>
    public override Tensor forward(Tensor x1, Tensor x2) => nn.functional.pairwise_distance(x1, x2, norm, eps, keepdim);
}
