namespace Siamese.Kernel.Display;

/// <summary>The MIME types the kernel itself produces or treats specially (Jupyter's display protocol).</summary>
internal static class MimeTypes
{
    /// <summary>Plain text, the representation every front end can show; always present in a bundle.</summary>
    public const string PlainText = "text/plain";

    /// <summary>An HTML fragment.</summary>
    public const string Html = "text/html";

    /// <summary>Markdown text.</summary>
    public const string Markdown = "text/markdown";

    /// <summary>Any JSON value (sent as a JSON node, not a string).</summary>
    public const string Json = "application/json";

    /// <summary>Whether Jupyter carries this type as JSON rather than as a string (application/json, *+json).</summary>
    /// <param name="mimeType">A MIME type such as <see cref="Json"/>.</param>
    public static bool IsJson(string mimeType) =>
        mimeType == Json || mimeType.EndsWith("+json", StringComparison.Ordinal);
}
