namespace Siamese.Display;

/// <summary>
/// Where displayed values go: the notebook kernel sends them as Jupyter <c>display_data</c> /
/// <c>update_display_data</c> messages; without a host they are printed to the console.
/// </summary>
public interface IDisplayPublisher
{
    /// <summary>The formatting state of this display surface.</summary>
    FormatContext FormatContext { get; }

    /// <summary>Shows a new output that can later be replaced through <paramref name="displayId"/>.</summary>
    /// <param name="bundle">The representations.</param>
    /// <param name="displayId">The output's identity.</param>
    void Publish(MimeBundle bundle, string displayId);

    /// <summary>Replaces, in place, every output shown under <paramref name="displayId"/>.</summary>
    /// <param name="bundle">The new representations.</param>
    /// <param name="displayId">The output's identity.</param>
    void Update(MimeBundle bundle, string displayId);
}
