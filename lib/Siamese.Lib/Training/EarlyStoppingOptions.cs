namespace Siamese.Lib.Training;

/// <summary>
/// When to stop training because the monitored validation quantity stopped improving
/// (Keras' <c>EarlyStopping</c> semantics: an epoch improves when it beats the best so far by more
/// than <see cref="MinDelta"/>; training stops after <see cref="Patience"/> validations in a row without improvement).
/// </summary>
/// <param name="Monitor">
/// The history key to watch: <see cref="TrainingHistory.ValidationLossKey"/> ("val_loss", the default,
/// because every trainer run with validation data has it) or a metric name returned by the validation metrics callback.
/// </param>
/// <param name="Goal">Whether <paramref name="Monitor"/> should go down or up; default down, matching "val_loss".</param>
/// <param name="Patience">
/// Validations without improvement before stopping. Default 5: long enough to ride out the epoch-to-epoch
/// noise of small validation sets (a few hundred pairs), short enough to save most of a wasted budget.
/// </param>
/// <param name="MinDelta">
/// The smallest change that counts as an improvement. Default 0: any strict improvement resets patience,
/// which is right for losses whose scale the library cannot know in advance.
/// </param>
/// <param name="RestoreBestWeights">
/// Whether the model ends with the weights of its best validation epoch rather than its last. Default true:
/// the point of monitoring validation is to keep the model that generalised best.
/// </param>
public sealed record EarlyStoppingOptions(
    string Monitor = TrainingHistory.ValidationLossKey,
    MetricGoal Goal = MetricGoal.Minimize,
    int Patience = 5,
    double MinDelta = 0.0,
    bool RestoreBestWeights = true)
{
    /// <summary>Throws if a setting is out of range.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Monitor))
        {
            throw new ArgumentException("EarlyStoppingOptions.Monitor must name a history key such as \"val_loss\".");
        }
        if (Patience < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Patience), Patience, "Patience must be at least 1 validation.");
        }
        if (MinDelta < 0 || !double.IsFinite(MinDelta))
        {
            throw new ArgumentOutOfRangeException(nameof(MinDelta), MinDelta, "MinDelta must be a finite, non-negative amount.");
        }
    }
}
