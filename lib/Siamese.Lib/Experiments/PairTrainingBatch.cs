using static TorchSharp.torch;

namespace Siamese.Lib.Experiments;

/// <summary>One training batch of a <see cref="PairTask{TInput}"/>: both sides of the pairs and the loss target.</summary>
/// <typeparam name="TInput">One side of a pair: an image batch tensor or a <see cref="Models.SequenceInput"/>.</typeparam>
/// <param name="Left">First items of the pairs (batch first).</param>
/// <param name="Right">Second items of the pairs.</param>
/// <param name="Target">[batch] targets of the task's loss (e.g. 0/1 pair labels).</param>
public sealed record PairTrainingBatch<TInput>(TInput Left, TInput Right, Tensor Target);
