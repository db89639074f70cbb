using System.Runtime.CompilerServices;
using Microsoft.DotNet.Interactive.Formatting;

namespace Siamese.Kernel.Display;

/// <summary>
/// Routes values shown with the Formatting package's own <c>value.Display()</c> (System.DisplayExtensions, which
/// .NET Interactive also honours) to the notebook. That package gives each <c>DisplayedValue.Update</c> a new
/// display id; this bridge remembers the first id of each displayed value so that its updates replace the
/// output in place, as <see cref="DisplayHandle.Update"/> does.
/// </summary>
internal sealed class DisplayedValueBridge : IDisposable
{
    private readonly IDisplayPublisher publisher;
    private readonly ConditionalWeakTable<DisplayedValue, string> firstIds = new();
    private readonly IDisposable subscription;

    public DisplayedValueBridge(IDisplayPublisher publisher)
    {
        this.publisher = publisher;
        subscription = Formatter.SubscribeToDisplayedValues(OnDisplayed);
    }

    private void OnDisplayed(DisplayedValue displayed)
    {
        var bundle = ValueFormatter.Format(displayed.Value);
        if (displayed.IsUpdated && firstIds.TryGetValue(displayed, out var id))
        {
            publisher.Update(bundle, id);
            return;
        }
        firstIds.AddOrUpdate(displayed, displayed.DisplayId);
        publisher.Publish(bundle, displayed.DisplayId);
    }

    public void Dispose() => subscription.Dispose();
}
