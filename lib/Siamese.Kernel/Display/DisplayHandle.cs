namespace Siamese.Kernel.Display;

/// <summary>
/// A shown output that can be replaced in place (a live chart, a progress line): what <c>display(x)</c> returns.
/// Its <see cref="Update"/> has the shape of .NET Interactive's <c>DisplayedValue.Update</c>, so notebook code
/// that updates a display runs unchanged in both kernels; here the update really replaces the output.
/// </summary>
public sealed class DisplayHandle
{
    private readonly IDisplayPublisher publisher;

    internal DisplayHandle(IDisplayPublisher publisher, string displayId)
    {
        this.publisher = publisher;
        DisplayId = displayId;
    }

    /// <summary>The output's identity (Jupyter's <c>transient.display_id</c>).</summary>
    public string DisplayId { get; }

    /// <summary>Shows <paramref name="value"/> as a new output and returns its handle.</summary>
    internal static DisplayHandle Show(object? value, IDisplayPublisher publisher) =>
        Show(ValueFormatter.Format(value), publisher);

    /// <summary>Shows an already formatted bundle as a new output and returns its handle.</summary>
    internal static DisplayHandle Show(MimeBundle bundle, IDisplayPublisher publisher)
    {
        var handle = new DisplayHandle(publisher, Guid.NewGuid().ToString("N"));
        publisher.Publish(bundle, handle.DisplayId);
        return handle;
    }

    /// <summary>Replaces the output with <paramref name="value"/> (sent as <c>update_display_data</c>, same display id).</summary>
    /// <param name="value">Any value; formatted like a cell's result.</param>
    public void Update(object? value) => publisher.Update(ValueFormatter.Format(value), DisplayId);

    /// <inheritdoc />
    public override string ToString() => $"DisplayHandle({DisplayId})";
}
