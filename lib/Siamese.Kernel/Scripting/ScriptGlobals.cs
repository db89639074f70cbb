using Siamese.Display;

namespace Siamese.Kernel.Scripting;

/// <summary>
/// What every notebook cell can call without a prefix: <c>display(value)</c> and friends. (Lower-case
/// <c>display</c> on purpose: the name Jupyter users know from IPython.)
/// </summary>
public sealed class ScriptGlobals
{
    private readonly IDisplayPublisher publisher;

    internal ScriptGlobals(IDisplayPublisher publisher, string notebookDirectory)
    {
        this.publisher = publisher;
        NotebookDirectory = notebookDirectory;
    }

    /// <summary>The folder of the notebook (where relative <c>#r</c> and <c>#load</c> paths start).</summary>
    public string NotebookDirectory { get; }

    /// <summary>Cancelled when the running cell is interrupted; pass it to long awaits.</summary>
    public CancellationToken CancellationToken => InterruptGate.CancellationToken;

    /// <summary>Shows <paramref name="value"/> now (a chart, a table, any value) as a new output.</summary>
    /// <param name="value">Any value; formatted through <see cref="Formatter"/>.</param>
    /// <returns>A handle whose <see cref="DisplayHandle.Update"/> replaces the output in place.</returns>
    public DisplayHandle display(object? value) => DisplayContext.Show(value, publisher);

    /// <summary>Shows an HTML fragment.</summary>
    /// <param name="html">The HTML.</param>
    /// <returns>A handle to replace the output.</returns>
    public DisplayHandle html(string html) => display(new HtmlContent(html));

    /// <summary>Shows Markdown.</summary>
    /// <param name="markdown">The Markdown source.</param>
    /// <returns>A handle to replace the output.</returns>
    public DisplayHandle markdown(string markdown) => display(new MarkdownContent(markdown));
}
