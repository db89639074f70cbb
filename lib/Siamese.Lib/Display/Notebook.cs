namespace Siamese.Lib.Display;

/// <summary>
/// Small notebook helpers, meant for <c>using static Siamese.Lib.Display.Notebook;</c> so that a cell can end
/// with <c>Markdown($"accuracy **{x:P1}**")</c> and show formatted text built from measured values.
/// </summary>
public static class Notebook
{
    /// <summary>Markdown shown as formatted text (a cell's value or an argument of <c>display</c>).</summary>
    /// <param name="markdown">The markdown source.</param>
    public static MarkdownText Markdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return new MarkdownText(markdown);
    }
}
