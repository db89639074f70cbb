using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Models;

/// <summary>
/// One Transformer encoder layer (Vaswani et al. 2017, post-norm as PyTorch's default <c>TransformerEncoderLayer</c>):
/// x = LayerNorm(x + SelfAttention(x)); x = LayerNorm(x + FeedForward(x)). [batch, time, model] → same shape;
/// padding positions are excluded as attention keys.
/// </summary>
public sealed class TransformerBlock : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly TorchSharp.Modules.MultiheadAttention attention;
    private readonly nn.Module<Tensor, Tensor> norm1;
    private readonly nn.Module<Tensor, Tensor> feedForward;
    private readonly nn.Module<Tensor, Tensor> norm2;
    private readonly nn.Module<Tensor, Tensor> dropout;

    /// <summary>Builds the layer.</summary>
    public TransformerBlock(long modelSize, long heads, long feedForwardSize, double dropoutRate) : base(nameof(TransformerBlock))
    {
        attention = nn.MultiheadAttention(modelSize, heads, dropoutRate);
        norm1 = nn.LayerNorm(modelSize);
        feedForward = nn.Sequential(
            ("linear1", nn.Linear(modelSize, feedForwardSize)),
            ("relu", nn.ReLU()),
            ("dropout", nn.Dropout(dropoutRate)),
            ("linear2", nn.Linear(feedForwardSize, modelSize)));
        norm2 = nn.LayerNorm(modelSize);
        dropout = nn.Dropout(dropoutRate);
        RegisterComponents();
    }

    /// <summary>Applies the layer.</summary>
    /// <param name="x">[batch, time, model].</param>
    /// <param name="padding">[batch, time] bool, true at padding (keys to ignore).</param>
    public override Tensor forward(Tensor x, Tensor padding)
    {
        using var scope = NewDisposeScope();
        // TorchSharp's attention is sequence-first: [time, batch, model] in and out.
        var sequenceFirst = x.transpose(0, 1);
        var (attended, _) = attention.call(sequenceFirst, sequenceFirst, sequenceFirst, padding, need_weights: false);
        attended = attended.transpose(0, 1);
        var h = norm1.call(x + dropout.call(attended));
        var result = norm2.call(h + dropout.call(feedForward.call(h)));
        return result.MoveToOuterDisposeScope();
    }
}
