namespace Siamese.Display;

/// <summary>A shown output that can be replaced in place (a live chart, a progress bar).</summary>
public sealed class DisplayHandle
{
    private readonly IDisplayPublisher publisher;

    /// <summary>Wraps an output already published under <paramref name="displayId"/>.</summary>
    /// <param name="publisher">The surface the output was published on.</param>
    /// <param name="displayId">The output's identity.</param>
    public DisplayHandle(IDisplayPublisher publisher, string displayId)
    {
        this.publisher = publisher ?? throw new ArgumentNullException(nameof(publisher));
        ArgumentException.ThrowIfNullOrEmpty(displayId);
        DisplayId = displayId;
    }

    /// <summary>The output's identity (Jupyter's <c>transient.display_id</c>).</summary>
    public string DisplayId { get; }

    /// <summary>Replaces the output with <paramref name="value"/> (sent as <c>update_display_data</c>).</summary>
    /// <param name="value">Any value; formatted through <see cref="Formatter"/>.</param>
    public void Update(object? value) => publisher.Update(Formatter.Format(value, publisher.FormatContext), DisplayId);

    /// <inheritdoc />
    public override string ToString() => $"DisplayHandle({DisplayId})";
}
