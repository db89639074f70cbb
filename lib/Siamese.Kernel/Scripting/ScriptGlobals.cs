using Siamese.Kernel.Display;

namespace Siamese.Kernel.Scripting;

/// <summary>
/// What every notebook cell can call without a prefix: <c>display(value)</c> and friends. (Lower-case
/// <c>display</c> on purpose: the name Jupyter users know from IPython.)
/// </summary>
public sealed class ScriptGlobals
{
    private readonly IDisplayPublisher publisher;
    private readonly Action<bool> clearOutput;

    internal ScriptGlobals(IDisplayPublisher publisher, Action<bool> clearOutput, string notebookDirectory)
    {
        this.publisher = publisher;
        this.clearOutput = clearOutput;
        NotebookDirectory = notebookDirectory;
    }

    /// <summary>The folder of the notebook (where relative <c>#r</c> and <c>#load</c> paths start).</summary>
    public string NotebookDirectory { get; }

    /// <summary>Cancelled when the running cell is interrupted; pass it to long awaits.</summary>
    public CancellationToken CancellationToken => InterruptGate.CancellationToken;

    /// <summary>Shows <paramref name="value"/> now (a chart, a table, any value) as a new output.</summary>
    /// <param name="value">Any value; formatted through Microsoft.DotNet.Interactive.Formatting's <c>Formatter</c>.</param>
    /// <param name="mimeTypes">
    /// The MIME types to render it as (as in .NET Interactive's <c>display</c>); none: the value's preferred types.
    /// </param>
    /// <returns>A handle whose <see cref="DisplayHandle.Update"/> replaces the output in place.</returns>
    public DisplayHandle display(object? value, params string[] mimeTypes) =>
        DisplayHandle.Show(ValueFormatter.Format(value, mimeTypes), publisher);

    /// <summary>Shows an HTML fragment.</summary>
    /// <param name="html">The HTML.</param>
    /// <returns>A handle to replace the output.</returns>
    public DisplayHandle html(string html) => DisplayHandle.Show(ValueFormatter.Text(MimeTypes.Html, html), publisher);

    /// <summary>Shows Markdown.</summary>
    /// <param name="markdown">The Markdown source.</param>
    /// <returns>A handle to replace the output.</returns>
    public DisplayHandle markdown(string markdown) => DisplayHandle.Show(ValueFormatter.Text(MimeTypes.Markdown, markdown), publisher);

    /// <summary>
    /// Clears this cell's outputs, like IPython's <c>clear_output</c>: call it before redrawing a chart each epoch
    /// so the cell shows one chart instead of a growing list.
    /// </summary>
    /// <param name="wait">
    /// True to clear only when the next output arrives, so the old output stays visible until the new one
    /// replaces it (no flicker); false to clear at once.
    /// </param>
    public void clear_output(bool wait = false) => clearOutput(wait);
}
