using Siamese.Lib.Evaluation;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Models;

/// <summary>
/// A Siamese network: ONE encoder applied to both inputs (tied weights, so gradients from both branches
/// accumulate in the same parameters), followed by a <see cref="PairHead"/> that scores the pair.
/// forward(left, right) → [batch] scores; <see cref="Embed"/> gives the embeddings alone.
/// </summary>
/// <typeparam name="TInput">What one side of a pair is: an image batch tensor, or a <see cref="SequenceInput"/>.</typeparam>
public sealed class SiameseNetwork<TInput> : nn.Module<TInput, TInput, Tensor>
{
    private readonly nn.Module<TInput, Tensor> encoder;
    private readonly PairHead head;

    /// <summary>Wraps <paramref name="encoder"/> (shared by both branches) and <paramref name="head"/>.</summary>
    public SiameseNetwork(nn.Module<TInput, Tensor> encoder, PairHead head) : base("SiameseNetwork")
    {
        this.encoder = encoder ?? throw new ArgumentNullException(nameof(encoder));
        this.head = head ?? throw new ArgumentNullException(nameof(head));
        RegisterComponents();
    }

    /// <summary>The shared encoder.</summary>
    public nn.Module<TInput, Tensor> Encoder => encoder;

    /// <summary>The pair head.</summary>
    public PairHead Head => head;

    /// <summary>Whether the score is a distance or a similarity (from the head).</summary>
    public ScoreDirection Direction => head.Direction;

    /// <summary>The embedding of one side: [batch, features].</summary>
    public Tensor Embed(TInput input) => encoder.call(input);

    /// <inheritdoc />
    public override Tensor forward(TInput left, TInput right)
    {
        using var scope = NewDisposeScope();
        var a = encoder.call(left);
        var b = encoder.call(right);
        if (!a.shape.SequenceEqual(b.shape))
        {
            throw new ArgumentException(
                $"The two inputs encode to different shapes [{string.Join(", ", a.shape)}] and [{string.Join(", ", b.shape)}]: pair inputs must have the same batch size.");
        }
        return head.call(a, b).MoveToOuterDisposeScope();
    }
}
