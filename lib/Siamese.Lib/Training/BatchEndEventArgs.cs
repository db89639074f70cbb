namespace Siamese.Lib.Training;

/// <summary>
/// Raised after each optimizer step. Reading <see cref="Loss"/> copies one number from the device
/// (a host sync on a GPU), so the trainer only does it when a handler asks.
/// </summary>
public sealed class BatchEndEventArgs : EventArgs
{
    private readonly Func<double> _readLoss;
    private double? _loss;

    /// <summary>Creates the arguments; <paramref name="readLoss"/> is called at most once, on first access to <see cref="Loss"/>.</summary>
    public BatchEndEventArgs(int epoch, int batch, long step, double learningRate, Func<double> readLoss)
    {
        Epoch = epoch;
        Batch = batch;
        Step = step;
        LearningRate = learningRate;
        _readLoss = readLoss;
    }

    /// <summary>1-based epoch.</summary>
    public int Epoch { get; }

    /// <summary>0-based batch index within the epoch.</summary>
    public int Batch { get; }

    /// <summary>1-based optimizer step counted over the whole run (continues across a resume).</summary>
    public long Step { get; }

    /// <summary>Learning rate of the first parameter group at this step.</summary>
    public double LearningRate { get; }

    /// <summary>This batch's training loss (read lazily from the device).</summary>
    public double Loss => _loss ??= _readLoss();
}
