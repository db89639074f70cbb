namespace Siamese.Display;

/// <summary>A string shown as HTML rather than as text: <c>display(new HtmlContent("&lt;b&gt;hi&lt;/b&gt;"))</c>.</summary>
/// <param name="Html">The HTML fragment.</param>
public sealed record HtmlContent(string Html) : IDisplayable
{
    /// <inheritdoc />
    public MimeBundle ToMimeBundle(FormatContext context) =>
        new MimeBundle().Set(MimeTypes.Html, Html).Set(MimeTypes.PlainText, Html);
}
