namespace Siamese.Display;

/// <summary>How the HTML fallback of a chart gets Plotly.js, which must work offline.</summary>
public enum PlotlyEmbedding
{
    /// <summary>
    /// The first chart of a <see cref="FormatContext"/> (one notebook session) inlines plotly.min.js; later
    /// charts reuse <c>window.Plotly</c>. An nbconvert HTML export then renders offline with one copy (~4.8 MB).
    /// </summary>
    InlineOnce,

    /// <summary>Every chart inlines the library: self-contained outputs, large files.</summary>
    InlineAlways,

    /// <summary>The page already provides <c>window.Plotly</c>; nothing is embedded.</summary>
    External,
}
