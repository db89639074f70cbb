namespace Siamese.Display;

/// <summary>A string shown as Markdown rather than as text.</summary>
/// <param name="Markdown">The Markdown source.</param>
public sealed record MarkdownContent(string Markdown) : IDisplayable
{
    /// <inheritdoc />
    public MimeBundle ToMimeBundle(FormatContext context) =>
        new MimeBundle().Set(MimeTypes.Markdown, Markdown).Set(MimeTypes.PlainText, Markdown);
}
