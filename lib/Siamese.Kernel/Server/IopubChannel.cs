using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Siamese.Kernel.Protocol;
using Siamese.Kernel.Zmq;

namespace Siamese.Kernel.Server;

/// <summary>
/// The IOPub channel: a PUB socket owned by one thread that sends queued messages in order, so any thread
/// (a cell, a background task, a stream flush) can publish. Messages carry the parent header of the request
/// that caused them (<see cref="CurrentParent"/> for output not tied to a request).
/// </summary>
internal sealed class IopubChannel : IDisposable
{
    private readonly BlockingCollection<JupyterMessage> queue = [];
    private readonly ZmqSocket socket;
    private readonly WireFormat wire;
    private readonly string session;
    private readonly KernelLog log;
    private readonly Thread thread;
    private readonly object drainGate = new();
    private long enqueued;
    private long sent;
    private volatile JsonObject currentParent = [];

    public IopubChannel(ZmqSocket socket, WireFormat wire, string session, KernelLog log)
    {
        this.socket = socket;
        this.wire = wire;
        this.session = session;
        this.log = log;
        thread = new Thread(Run) { IsBackground = true, Name = "iopub" };
        thread.Start();
    }

    /// <summary>The header of the request being handled (the parent of streams and displays).</summary>
    public JsonObject CurrentParent
    {
        get => currentParent;
        set => currentParent = value;
    }

    public void Publish(string messageType, JsonObject content, JsonObject? parent = null)
    {
        var message = new JupyterMessage
        {
            Identities = [Encoding.UTF8.GetBytes($"kernel.{session}.{messageType}")],
            Header = JupyterMessage.NewHeader(messageType, session),
            ParentHeader = (JsonObject)(parent ?? currentParent).DeepClone(),
            Content = content,
        };
        Interlocked.Increment(ref enqueued);
        if (!queue.TryAdd(message))
        {
            Interlocked.Increment(ref sent);
        }
    }

    public void Status(string state, JsonObject parent) => Publish("status", new JsonObject { ["execution_state"] = state }, parent);

    /// <summary>Waits until everything published so far has been handed to libzmq (bounded wait).</summary>
    public void Drain(TimeSpan timeout)
    {
        var target = Interlocked.Read(ref enqueued);
        var deadline = DateTime.UtcNow + timeout;
        lock (drainGate)
        {
            while (Interlocked.Read(ref sent) < target && DateTime.UtcNow < deadline)
            {
                Monitor.Wait(drainGate, TimeSpan.FromMilliseconds(20));
            }
        }
    }

    private void Run()
    {
        foreach (var message in queue.GetConsumingEnumerable())
        {
            try
            {
                socket.SendMultipart(wire.Encode(message));
            }
            catch (ZmqException e)
            {
                log.Warn($"iopub send failed: {e.Message}");
            }
            Interlocked.Increment(ref sent);
            lock (drainGate)
            {
                Monitor.PulseAll(drainGate);
            }
        }
    }

    public void Dispose()
    {
        queue.CompleteAdding();
        thread.Join(TimeSpan.FromSeconds(2));
    }
}
