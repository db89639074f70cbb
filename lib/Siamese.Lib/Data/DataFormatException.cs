namespace Siamese.Lib.Data;

/// <summary>
/// A data file is corrupt, truncated or in a format the loaders do not support. The message names the
/// file (or zip entry) and, for text files, the line, so that a bad download is never turned into a
/// silently empty dataset or garbage tensors.
/// </summary>
public sealed class DataFormatException : IOException
{
    /// <summary>Creates the exception with a message that already names the file and the problem.</summary>
    public DataFormatException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception wrapping the lower-level error that revealed the problem.</summary>
    public DataFormatException(string message, Exception inner) : base(message, inner)
    {
    }
}
