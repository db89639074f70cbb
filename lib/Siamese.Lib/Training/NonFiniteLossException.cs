namespace Siamese.Lib.Training;

/// <summary>
/// Training stopped because the loss became NaN or infinite. The message names where it happened and
/// the usual causes, because a diverged run otherwise shows up much later as NaN weights or an
/// accuracy of exactly chance (the PyTorch article's own log shows a loss of 1.4e8 before that).
/// </summary>
public sealed class NonFiniteLossException : Exception
{
    /// <summary>Creates the exception for the given place and value.</summary>
    /// <param name="epoch">1-based epoch.</param>
    /// <param name="firstStep">First optimizer step of the checked window (1-based, whole run).</param>
    /// <param name="lastStep">Last optimizer step of the checked window; equals <paramref name="firstStep"/> when every step is checked.</param>
    /// <param name="value">The offending loss value (NaN, +∞ or −∞).</param>
    /// <param name="learningRate">Learning rate of the first parameter group at that point.</param>
    public NonFiniteLossException(int epoch, long firstStep, long lastStep, double value, double learningRate)
        : base(Explain(epoch, firstStep, lastStep, value, learningRate))
    {
        Epoch = epoch;
        FirstStep = firstStep;
        LastStep = lastStep;
        Value = value;
        LearningRate = learningRate;
    }

    /// <summary>1-based epoch.</summary>
    public int Epoch { get; }

    /// <summary>First step of the window in which the loss went non-finite.</summary>
    public long FirstStep { get; }

    /// <summary>Last step of that window (the step itself when checking every step).</summary>
    public long LastStep { get; }

    /// <summary>The loss value seen.</summary>
    public double Value { get; }

    /// <summary>The learning rate in use.</summary>
    public double LearningRate { get; }

    private static string Explain(int epoch, long firstStep, long lastStep, double value, double learningRate)
    {
        var where = firstStep == lastStep ? $"step {firstStep}" : $"one of steps {firstStep}–{lastStep}";
        return $"The training loss became {value} at {where} (epoch {epoch}, learning rate {learningRate:G4}); training stopped. " +
               "Likely causes: (1) the learning rate is too high — try 10x lower, or clip gradients; " +
               "(2) the inputs are not normalised (e.g. pixels in 0–255 instead of 0–1 or standardised); " +
               "(3) a loss that does not match the head — BCE needs a logit or probability in [0, 1], not a distance, " +
               "and log of a probability of exactly 0 or 1 is infinite (use the with-logits form); " +
               "(4) a division by a zero norm (cosine or L2-normalisation of an all-zero embedding; add an epsilon). " +
               "Earlier losses are in the returned history and the BatchEnd events.";
    }
}
