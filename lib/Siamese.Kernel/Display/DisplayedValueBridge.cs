using Microsoft.DotNet.Interactive.Formatting;

namespace Siamese.Kernel.Display;

/// <summary>
/// Routes values shown with the Formatting package's own <c>value.Display()</c> (System.DisplayExtensions, which
/// .NET Interactive also honours) to the notebook, formatted like any other value. That package announces an
/// update under a display id of its own (not the one it first showed), so its updates cannot replace the output in
/// place; they are sent as it announces them. In-place updates need the handle <c>display(x)</c> returns.
/// </summary>
internal sealed class DisplayedValueBridge : IDisposable
{
    private readonly IDisplayPublisher publisher;
    private readonly IDisposable subscription;

    public DisplayedValueBridge(IDisplayPublisher publisher)
    {
        this.publisher = publisher;
        subscription = Formatter.SubscribeToDisplayedValues(OnDisplayed);
    }

    private void OnDisplayed(DisplayedValue displayed)
    {
        var bundle = ValueFormatter.Format(displayed.Value);
        if (displayed.IsUpdated)
        {
            publisher.Update(bundle, displayed.DisplayId);
        }
        else
        {
            publisher.Publish(bundle, displayed.DisplayId);
        }
    }

    public void Dispose() => subscription.Dispose();
}
