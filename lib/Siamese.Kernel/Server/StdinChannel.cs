using System.Text.Json.Nodes;
using Siamese.Kernel.Protocol;
using Siamese.Kernel.Scripting;
using Siamese.Kernel.Zmq;

namespace Siamese.Kernel.Server;

/// <summary>
/// The stdin channel: asks the front end for a line of input (<c>input_request</c>) on behalf of a running
/// cell and waits for the <c>input_reply</c>. Used by one cell at a time (a lock), so libzmq's one-thread rule holds.
/// </summary>
internal sealed class StdinChannel(ZmqSocket socket, WireFormat wire, string session, KernelLog log)
{
    private const int PollMilliseconds = 100;
    private readonly object gate = new();

    public string RequestInput(JupyterMessage executeRequest, string prompt, bool password)
    {
        lock (gate)
        {
            var request = JupyterMessage.ReplyTo(executeRequest, "input_request",
                new JsonObject { ["prompt"] = prompt, ["password"] = password }, session);
            socket.SendMultipart(wire.Encode(request));
            while (true)
            {
                InterruptGate.Check();
                if (!socket.Poll(PollMilliseconds))
                {
                    continue;
                }
                var reply = wire.Decode(socket.ReceiveMultipart(), out var problem);
                if (reply is null)
                {
                    log.Warn($"dropped message on stdin: {problem}");
                    continue;
                }
                if (reply.MessageType == "input_reply")
                {
                    return reply.Content["value"]?.GetValue<string>() ?? "";
                }
            }
        }
    }
}
