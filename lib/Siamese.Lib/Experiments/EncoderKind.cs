namespace Siamese.Lib.Experiments;

/// <summary>The three encoder families the model comparison sets side by side.</summary>
public enum EncoderKind
{
    /// <summary>Convolutions: local patterns (strokes, n-grams), all positions in parallel.</summary>
    Cnn,

    /// <summary>A recurrent LSTM: reads the sequence step by step, carrying a state.</summary>
    Lstm,

    /// <summary>Self-attention: every position looks at every other in one layer.</summary>
    Transformer,
}
