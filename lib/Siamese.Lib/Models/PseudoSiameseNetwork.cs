using Siamese.Lib.Evaluation;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Models;

/// <summary>
/// A pseudo-Siamese network: two encoders with their own (untied) weights, possibly of different kinds and
/// input types (e.g. an image encoder and a sketch encoder), whose embeddings meet in one <see cref="PairHead"/>.
/// Both encoders must produce embeddings of the same width.
/// </summary>
/// <typeparam name="TLeft">Input type of the left encoder.</typeparam>
/// <typeparam name="TRight">Input type of the right encoder.</typeparam>
public sealed class PseudoSiameseNetwork<TLeft, TRight> : nn.Module<TLeft, TRight, Tensor>
{
    private readonly nn.Module<TLeft, Tensor> left;
    private readonly nn.Module<TRight, Tensor> right;
    private readonly PairHead head;

    /// <summary>Wraps two separate encoders and a head.</summary>
    public PseudoSiameseNetwork(nn.Module<TLeft, Tensor> leftEncoder, nn.Module<TRight, Tensor> rightEncoder, PairHead head) : base("PseudoSiameseNetwork")
    {
        left = leftEncoder ?? throw new ArgumentNullException(nameof(leftEncoder));
        right = rightEncoder ?? throw new ArgumentNullException(nameof(rightEncoder));
        if (ReferenceEquals(leftEncoder, rightEncoder))
        {
            throw new ArgumentException("Both encoders are the same object, so the weights are tied: use SiameseNetwork for that.");
        }
        this.head = head ?? throw new ArgumentNullException(nameof(head));
        RegisterComponents();
    }

    /// <summary>The left encoder.</summary>
    public nn.Module<TLeft, Tensor> LeftEncoder => left;

    /// <summary>The right encoder.</summary>
    public nn.Module<TRight, Tensor> RightEncoder => right;

    /// <summary>The pair head.</summary>
    public PairHead Head => head;

    /// <summary>Whether the score is a distance or a similarity (from the head).</summary>
    public ScoreDirection Direction => head.Direction;

    /// <inheritdoc />
    public override Tensor forward(TLeft leftInput, TRight rightInput)
    {
        using var scope = NewDisposeScope();
        var a = left.call(leftInput);
        var b = right.call(rightInput);
        if (!a.shape.SequenceEqual(b.shape))
        {
            throw new ArgumentException(
                $"The encoders produce [{string.Join(", ", a.shape)}] and [{string.Join(", ", b.shape)}]: a pseudo-Siamese head needs equal embedding widths and batch sizes.");
        }
        return head.call(a, b).MoveToOuterDisposeScope();
    }
}
