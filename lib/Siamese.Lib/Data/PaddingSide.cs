namespace Siamese.Lib.Data;

/// <summary>Where padding goes in a padded index sequence.</summary>
public enum PaddingSide
{
    /// <summary>Tokens first, padding after (position t is token t; masks and lengths select the prefix).</summary>
    Right,

    /// <summary>Padding first, tokens at the end (Keras' <c>pad_sequences</c> default, used by the MaLSTM code: the LSTM's last step is the last token).</summary>
    Left,
}
