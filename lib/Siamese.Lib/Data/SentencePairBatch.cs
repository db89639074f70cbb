using Siamese.Lib.Models;
using static TorchSharp.torch;

namespace Siamese.Lib.Data;

/// <summary>
/// A batch of sentence pairs as tensors, ready for a Siamese sequence model: each side is a
/// <see cref="SequenceInput"/> (token indices [batch, time] int64, right-padded, and a [batch, time] bool mask of
/// real tokens) and <see cref="Scores"/> holds the gold similarity scores [batch] float32 on the dataset's own
/// scale (1–5 for SICK, 0–5 for STS-B). Made by <see cref="SentencePairSet.Batch"/>.
/// </summary>
/// <param name="Left">The first sentences.</param>
/// <param name="Right">The second sentences.</param>
/// <param name="Scores">Gold scores, [batch].</param>
/// <param name="Rows">The rows of the <see cref="SentencePairSet"/> in this batch, in batch order.</param>
/// <param name="TruncatedCount">How many sentences (of both sides) were longer than the maximum length and cut.</param>
public sealed record SentencePairBatch(SequenceInput Left, SequenceInput Right, Tensor Scores, IReadOnlyList<int> Rows, int TruncatedCount)
{
    /// <summary>Number of pairs.</summary>
    public int Count => Rows.Count;
}
