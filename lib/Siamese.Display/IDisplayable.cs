namespace Siamese.Display;

/// <summary>
/// A value that knows how to show itself: figures, tables, progress. Formatters registered with
/// <see cref="Formatter"/> for the same MIME type take precedence, so a user can override any of them.
/// </summary>
public interface IDisplayable
{
    /// <summary>The value's representations.</summary>
    /// <param name="context">The session's formatting state (e.g. whether Plotly.js was already embedded).</param>
    MimeBundle ToMimeBundle(FormatContext context);
}
