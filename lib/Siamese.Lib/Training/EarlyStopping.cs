namespace Siamese.Lib.Training;

/// <summary>
/// The early-stopping rule as a small state machine, kept apart from the trainer so that it can be
/// tested on a scripted validation curve and saved in a checkpoint (<see cref="BestEpoch"/>,
/// <see cref="BestValue"/>, <see cref="Wait"/> are its whole state).
/// </summary>
public sealed class EarlyStopping
{
    /// <summary>Creates the rule with no observation yet.</summary>
    public EarlyStopping(EarlyStoppingOptions options)
    {
        options.Validate();
        Options = options;
    }

    /// <summary>The settings.</summary>
    public EarlyStoppingOptions Options { get; }

    /// <summary>Epoch (1-based) of the best value so far; 0 before the first observation.</summary>
    public int BestEpoch { get; private set; }

    /// <summary>The best value so far (NaN before the first observation).</summary>
    public double BestValue { get; private set; } = double.NaN;

    /// <summary>Observations in a row without improvement.</summary>
    public int Wait { get; private set; }

    /// <summary>True once <see cref="Wait"/> reached the patience.</summary>
    public bool ShouldStop => Wait >= Options.Patience;

    /// <summary>
    /// Records the monitored value of <paramref name="epoch"/>. Returns true when it is a new best
    /// (the caller then snapshots the weights). A non-finite value never improves.
    /// </summary>
    public bool Observe(int epoch, double value)
    {
        var improved = double.IsFinite(value) && (BestEpoch == 0 || !double.IsFinite(BestValue) || Improves(value));
        if (improved)
        {
            BestEpoch = epoch;
            BestValue = value;
            Wait = 0;
        }
        else
        {
            Wait++;
        }
        return improved;
    }

    /// <summary>Restores the state saved in a checkpoint (resume continues the same count).</summary>
    public void Restore(int bestEpoch, double bestValue, int wait)
    {
        BestEpoch = bestEpoch;
        BestValue = bestValue;
        Wait = wait;
    }

    private bool Improves(double value) => Options.Goal == MetricGoal.Minimize
        ? value < BestValue - Options.MinDelta
        : value > BestValue + Options.MinDelta;
}
