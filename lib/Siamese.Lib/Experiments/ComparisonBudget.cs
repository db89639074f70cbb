using static TorchSharp.torch;

namespace Siamese.Lib.Experiments;

/// <summary>
/// The training budget every model of a comparison gets: the same number of optimizer steps on the same number of
/// pairs, the same optimizer (Adam) and learning rate, the same seed. Equal budgets, not equal wall-clock time:
/// how long each model takes for the budget is one of the things measured.
/// </summary>
/// <param name="Epochs">Epochs (validation AUC is recorded after each).</param>
/// <param name="BatchesPerEpoch">Optimizer steps per epoch.</param>
/// <param name="BatchSize">Pairs per step.</param>
/// <param name="LearningRate">Adam's learning rate.</param>
/// <param name="Seed">Seed of initialisation and of the batches drawn.</param>
/// <param name="GradientClipNorm">Clip the gradient norm to this value, or null (recurrent models sometimes want it).</param>
/// <param name="Device">Where to train; null: CUDA when available, otherwise the CPU.</param>
public sealed record ComparisonBudget(
    int Epochs,
    int BatchesPerEpoch,
    int BatchSize,
    double LearningRate = ComparisonBudget.AdamLearningRate,
    long Seed = 0,
    double? GradientClipNorm = null,
    Device? Device = null)
{
    /// <summary>Adam's customary 1e-3 (Kingma &amp; Ba): a rate all three architectures train with, so none is favoured.</summary>
    public const double AdamLearningRate = 1e-3;

    /// <summary>Training pairs seen in the whole run.</summary>
    public long TrainingPairs => (long)Epochs * BatchesPerEpoch * BatchSize;

    /// <summary>Throws if a setting is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Epochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchesPerEpoch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1);
        if (!(LearningRate > 0) || !double.IsFinite(LearningRate))
        {
            throw new ArgumentOutOfRangeException(nameof(LearningRate), LearningRate, "The learning rate must be positive and finite.");
        }
    }
}
