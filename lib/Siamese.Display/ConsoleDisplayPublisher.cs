namespace Siamese.Display;

/// <summary>Shows outputs as their text/plain on a text writer (outside a notebook); updates print again.</summary>
/// <param name="writer">Where the text goes.</param>
public sealed class ConsoleDisplayPublisher(TextWriter writer) : IDisplayPublisher
{
    /// <inheritdoc />
    public FormatContext FormatContext { get; } = new(PlotlyEmbedding.External);

    /// <inheritdoc />
    public void Publish(MimeBundle bundle, string displayId) => writer.WriteLine(bundle.GetText(MimeTypes.PlainText));

    /// <inheritdoc />
    public void Update(MimeBundle bundle, string displayId) => writer.WriteLine(bundle.GetText(MimeTypes.PlainText));
}
