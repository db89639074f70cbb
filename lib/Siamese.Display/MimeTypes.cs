namespace Siamese.Display;

/// <summary>The MIME types a value can be shown as in a notebook (Jupyter's display protocol).</summary>
public static class MimeTypes
{
    /// <summary>Plain text, the representation every front end can show; always present in a bundle.</summary>
    public const string PlainText = "text/plain";

    /// <summary>An HTML fragment (classic Jupyter, nbconvert HTML, VS Code).</summary>
    public const string Html = "text/html";

    /// <summary>Markdown text.</summary>
    public const string Markdown = "text/markdown";

    /// <summary>A PNG image, base64-encoded in the bundle.</summary>
    public const string Png = "image/png";

    /// <summary>An SVG document.</summary>
    public const string Svg = "image/svg+xml";

    /// <summary>Any JSON value (a JSON node in the bundle, not a string).</summary>
    public const string Json = "application/json";

    /// <summary>A Plotly figure <c>{ data, layout }</c> (a JSON node), rendered natively by VS Code and JupyterLab.</summary>
    public const string Plotly = "application/vnd.plotly.v1+json";

    /// <summary>Whether the bundle carries this type as JSON rather than as a string.</summary>
    /// <param name="mimeType">A MIME type such as <see cref="Json"/>.</param>
    public static bool IsJson(string mimeType) =>
        mimeType == Json || mimeType.EndsWith("+json", StringComparison.Ordinal);
}
