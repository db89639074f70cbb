namespace Siamese.Kernel.Display;

/// <summary>Where displayed values go: Jupyter <c>display_data</c> / <c>update_display_data</c> messages.</summary>
internal interface IDisplayPublisher
{
    /// <summary>Shows a new output that can later be replaced through <paramref name="displayId"/>.</summary>
    void Publish(MimeBundle bundle, string displayId);

    /// <summary>Replaces, in place, every output shown under <paramref name="displayId"/>.</summary>
    void Update(MimeBundle bundle, string displayId);
}
