namespace Siamese.Lib.Models;

/// <summary>How a recurrent encoder turns a sequence of states into one embedding.</summary>
public enum SequencePooling
{
    /// <summary>The hidden state at each sequence's last real step (both directions concatenated when bidirectional), as MaLSTM.</summary>
    LastHidden,

    /// <summary>The mean of the outputs over real (unmasked) steps: every step contributes, padding never does.</summary>
    MaskedMean,
}
