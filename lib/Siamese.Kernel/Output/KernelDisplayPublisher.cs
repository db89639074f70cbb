using System.Text.Json.Nodes;
using Siamese.Kernel.Display;
using Siamese.Kernel.Server;

namespace Siamese.Kernel.Output;

/// <summary>Sends displayed values as <c>display_data</c> and <c>update_display_data</c>, after pending console text.</summary>
internal sealed class KernelDisplayPublisher(IopubChannel iopub, OutputCapture output) : IDisplayPublisher
{
    public void Publish(MimeBundle bundle, string displayId) => Send("display_data", bundle, displayId);

    public void Update(MimeBundle bundle, string displayId) => Send("update_display_data", bundle, displayId);

    /// <summary>
    /// Sends <c>clear_output</c> after pending console text: the front end clears the cell's outputs now, or, with
    /// <paramref name="wait"/>, just before the next output arrives (no flicker when a chart is redrawn each epoch).
    /// </summary>
    public void ClearOutput(bool wait)
    {
        output.Flush();
        iopub.Publish("clear_output", new JsonObject { ["wait"] = wait });
    }

    private void Send(string messageType, MimeBundle bundle, string displayId)
    {
        output.Flush();
        iopub.Publish(messageType, new JsonObject
        {
            ["data"] = bundle.ToJson(),
            ["metadata"] = new JsonObject(),
            ["transient"] = new JsonObject { ["display_id"] = displayId },
        });
    }
}
