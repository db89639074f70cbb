using Siamese.Lib.Training;
using static TorchSharp.torch;

namespace Siamese.Lib.Experiments;

/// <summary>
/// A pair task on which Siamese models are compared under one budget: an endless stream of training batches (the
/// budget decides how many are taken), the loss that turns the network's pair scores and the batch targets into a
/// scalar, and validation and test pairs. Everything a model needs to be trained and measured, and nothing about
/// the model, so every model of a comparison sees the same batches in the same order.
/// </summary>
/// <typeparam name="TInput">One side of a pair.</typeparam>
/// <param name="Name">Short name for tables (e.g. "MNIST pairs").</param>
/// <param name="TrainBatches">
/// The training batches of one epoch, on <see cref="EpochContext.Device"/>, drawn from <see cref="EpochContext.Random"/>
/// only (so that two runs with the same seed see the same pairs). Endless: the budget takes what it needs.
/// </param>
/// <param name="Loss">(scores [batch] from the network's head, targets [batch]) → scalar loss.</param>
/// <param name="Validation">Pairs for choosing the decision threshold and for per-epoch monitoring.</param>
/// <param name="Test">Pairs for the reported numbers.</param>
public sealed record PairTask<TInput>(
    string Name,
    Func<EpochContext, IEnumerable<PairTrainingBatch<TInput>>> TrainBatches,
    Func<Tensor, Tensor, Tensor> Loss,
    EvaluationPairs<TInput> Validation,
    EvaluationPairs<TInput> Test);
