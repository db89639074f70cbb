namespace Siamese.Lib.Training;

/// <summary>Raised after each epoch (and its validation, if any) with the epoch's record.</summary>
public sealed class EpochEndEventArgs : EventArgs
{
    /// <summary>Creates the arguments.</summary>
    public EpochEndEventArgs(EpochRecord record, TrainingHistory history, bool improved)
    {
        Record = record;
        History = history;
        Improved = improved;
    }

    /// <summary>The epoch just finished.</summary>
    public EpochRecord Record { get; }

    /// <summary>The history so far, this epoch included (for live plots).</summary>
    public TrainingHistory History { get; }

    /// <summary>Whether this epoch is a new best of the monitored quantity (and was checkpointed, when a path is set).</summary>
    public bool Improved { get; }

    /// <summary>Set to true in a handler to stop after this epoch (recorded as the stop reason).</summary>
    public bool Stop { get; set; }
}
