namespace Siamese.Display;

/// <summary>
/// The ambient display surface: the notebook kernel installs its publisher at start-up so that library code
/// (a trainer's progress, a chart helper) can show outputs without being handed one; elsewhere values go to
/// the console. A single host per process installs it, hence a static.
/// </summary>
public static class DisplayContext
{
    private static volatile IDisplayPublisher? installed;

    /// <summary>The host's publisher, or null outside a notebook.</summary>
    public static IDisplayPublisher? Publisher => installed;

    /// <summary>Whether outputs go to a notebook (rich, updatable) rather than the console.</summary>
    public static bool IsNotebook => installed is not null;

    /// <summary>Installs (or, with null, removes) the host's publisher.</summary>
    /// <param name="publisher">The host's publisher.</param>
    public static void Install(IDisplayPublisher? publisher) => installed = publisher;

    /// <summary>Shows <paramref name="value"/> on the ambient surface (the console when there is no host).</summary>
    /// <param name="value">Any value; formatted through <see cref="Formatter"/>.</param>
    /// <returns>A handle to replace the output in place.</returns>
    public static DisplayHandle Show(object? value) => Show(value, installed ?? new ConsoleDisplayPublisher(Console.Out));

    /// <summary>Shows <paramref name="value"/> on <paramref name="publisher"/>.</summary>
    /// <param name="value">Any value; formatted through <see cref="Formatter"/>.</param>
    /// <param name="publisher">The surface.</param>
    /// <returns>A handle to replace the output in place.</returns>
    public static DisplayHandle Show(object? value, IDisplayPublisher publisher)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        var id = Guid.NewGuid().ToString("N");
        publisher.Publish(Formatter.Format(value, publisher.FormatContext), id);
        return new DisplayHandle(publisher, id);
    }
}
