using static TorchSharp.torch;

namespace Siamese.Lib.Training;

/// <summary>
/// What a data factory needs to produce one epoch's batches: the epoch, the batch size, where tensors
/// must live, and a random generator seeded from the run's seed and the epoch, so that shuffling is
/// reproducible and a resumed run sees exactly the batches the uninterrupted run would have seen.
/// </summary>
/// <param name="Epoch">1-based epoch.</param>
/// <param name="BatchSize">The trainer's batch size (<see cref="TrainerOptions.BatchSize"/>).</param>
/// <param name="Device">The training device: put batches there (the trainer never moves them).</param>
/// <param name="Random">This epoch's generator (fresh per epoch and per call).</param>
/// <param name="IsValidation">True when the batches are for validation (do not shuffle or augment).</param>
public sealed record EpochContext(int Epoch, int BatchSize, Device Device, Random Random, bool IsValidation);
