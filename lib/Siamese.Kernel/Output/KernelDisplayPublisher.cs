using System.Text.Json.Nodes;
using Siamese.Display;
using Siamese.Kernel.Server;

namespace Siamese.Kernel.Output;

/// <summary>Sends displayed values as <c>display_data</c> and <c>update_display_data</c>, after pending console text.</summary>
internal sealed class KernelDisplayPublisher(IopubChannel iopub, OutputCapture output, FormatContext context) : IDisplayPublisher
{
    public FormatContext FormatContext { get; } = context;

    public void Publish(MimeBundle bundle, string displayId) => Send("display_data", bundle, displayId);

    public void Update(MimeBundle bundle, string displayId) => Send("update_display_data", bundle, displayId);

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
