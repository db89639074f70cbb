namespace Siamese.Kernel.Display;

/// <summary>
/// The contract through which a library that cannot reference the kernel (Siamese.Lib's progress display) shows
/// and updates outputs: at start-up the kernel stores a <c>Func&lt;object?, Action&lt;object?&gt;&gt;</c> under
/// <see cref="Key"/> with <see cref="AppContext.SetData"/>. Calling it shows the value as a new output (formatted
/// like a cell's result) and returns an action that replaces that output in place. .NET Interactive sets no such
/// data, so a library that finds none falls back to plain console lines.
/// </summary>
internal static class NotebookDisplayHook
{
    /// <summary>The <see cref="AppContext"/> data name (documented in the kernel README).</summary>
    public const string Key = "Siamese.Kernel.Display";

    /// <summary>Publishes the hook for <paramref name="publisher"/>.</summary>
    public static void Install(IDisplayPublisher publisher)
    {
        Func<object?, Action<object?>> show = value => DisplayHandle.Show(value, publisher).Update;
        AppContext.SetData(Key, show);
    }
}
