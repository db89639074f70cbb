using Siamese.Display;

namespace Siamese.Lib.Tests.Display;

/// <summary>A notebook surface that records what is published and updated.</summary>
internal sealed class RecordingPublisher : IDisplayPublisher
{
    public FormatContext FormatContext { get; } = new(PlotlyEmbedding.External);

    public List<(MimeBundle Bundle, string Id)> Published { get; } = [];

    public List<(MimeBundle Bundle, string Id)> Updates { get; } = [];

    public void Publish(MimeBundle bundle, string displayId) => Published.Add((bundle, displayId));

    public void Update(MimeBundle bundle, string displayId) => Updates.Add((bundle, displayId));
}
