namespace Siamese.Lib.Display;

/// <summary>
/// Markdown to show as formatted text in a notebook (<see cref="Notebook.Markdown"/>): its formatter sends it as
/// <c>text/markdown</c>, which Jupyter, VS Code and nbconvert's HTML export render, with the source as text/plain.
/// </summary>
/// <param name="Text">The markdown source.</param>
public sealed record MarkdownText(string Text)
{
    /// <summary>The markdown source.</summary>
    public override string ToString() => Text;
}
