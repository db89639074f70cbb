using Siamese.Lib.Evaluation;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Models;

/// <summary>
/// Turns the two embeddings of a pair, [batch, features] each, into one score per pair, [batch].
/// <see cref="Direction"/> tells the evaluation code whether the score is a distance or a similarity/logit.
/// </summary>
public abstract class PairHead : nn.Module<Tensor, Tensor, Tensor>
{
    /// <summary>Creates a head named <paramref name="name"/>.</summary>
    protected PairHead(string name) : base(name)
    {
    }

    /// <summary>Whether a low or a high score means "same".</summary>
    public abstract ScoreDirection Direction { get; }

    /// <summary>Checks that both embeddings are [batch, features] of the same shape.</summary>
    protected static void CheckPair(Tensor left, Tensor right)
    {
        if (left.ndim != 2 || !left.shape.SequenceEqual(right.shape))
        {
            throw new ArgumentException(
                $"A pair head needs two embeddings of the same shape [batch, features]; got [{string.Join(", ", left.shape)}] and [{string.Join(", ", right.shape)}].");
        }
    }
}
