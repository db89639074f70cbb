using System.Text.Json.Serialization;

namespace Siamese.Lib.Training;

/// <summary>What one epoch of training produced (one row of <see cref="TrainingHistory"/>).</summary>
/// <param name="Epoch">1-based epoch number.</param>
/// <param name="TrainLoss">Mean training loss over the epoch's batches (weighted equally per batch).</param>
/// <param name="ValidationLoss">Mean validation loss, or null on epochs without validation.</param>
/// <param name="Metrics">Validation metrics by name (e.g. "accuracy"), empty on epochs without validation.</param>
/// <param name="LearningRate">Learning rate of the first parameter group during the epoch.</param>
/// <param name="Seconds">Wall-clock seconds of the epoch, validation included.</param>
public sealed record EpochRecord(
    [property: JsonPropertyName("epoch")] int Epoch,
    [property: JsonPropertyName("train_loss")] double TrainLoss,
    [property: JsonPropertyName("val_loss")] double? ValidationLoss,
    [property: JsonPropertyName("metrics")] IReadOnlyDictionary<string, double> Metrics,
    [property: JsonPropertyName("lr")] double LearningRate,
    [property: JsonPropertyName("seconds")] double Seconds)
{
    /// <summary>
    /// The value of a monitored key: <see cref="TrainingHistory.ValidationLossKey"/>, <see cref="TrainingHistory.TrainLossKey"/>
    /// or a metric name; null when this epoch has no such value.
    /// </summary>
    public double? Get(string key) => key switch
    {
        TrainingHistory.ValidationLossKey => ValidationLoss,
        TrainingHistory.TrainLossKey => TrainLoss,
        _ => Metrics.TryGetValue(key, out var v) ? v : null,
    };
}
