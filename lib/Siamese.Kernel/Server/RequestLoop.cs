using Siamese.Kernel.Protocol;
using Siamese.Kernel.Zmq;

namespace Siamese.Kernel.Server;

/// <summary>
/// Answers the requests of one ROUTER channel (shell or control) in order: <c>status: busy</c>, the reply (after
/// the outputs it caused have left on IOPub), <c>status: idle</c>. On the shell channel it also implements
/// <c>stop_on_error</c>: when an execute request fails and asked for it, every request already queued behind it
/// is taken before the error reply goes out, and the execute requests among them are answered <c>aborted</c>
/// without running (what lets a front end's "Run All" stop at the first error).
/// </summary>
internal sealed class RequestLoop(ZmqSocket socket, string channel, WireFormat wire, IopubChannel iopub, string session, KernelLog log)
{
    /// <summary>How long a receive waits before the loop checks for shutdown again.</summary>
    private const int PollMilliseconds = 100;

    /// <summary>How long a reply waits for the IOPub messages it caused to be sent first.</summary>
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Serves until <paramref name="stopping"/> says so; calls <paramref name="onShutdown"/> after a shutdown reply.</summary>
    /// <param name="handle">Answers a request (null: no reply).</param>
    /// <param name="stopping">Whether the kernel is shutting down.</param>
    /// <param name="onShutdown">Called once a <c>shutdown_request</c> has been answered.</param>
    public void Run(Func<JupyterMessage, JupyterMessage?> handle, Func<bool> stopping, Action onShutdown)
    {
        var isShell = channel == "shell";
        // Requests that were queued behind a cell that failed with stop_on_error: their execute requests are
        // answered "aborted" without running; any other request among them is answered normally, in order.
        var aborting = new Queue<JupyterMessage>();
        while (!stopping())
        {
            var abort = aborting.TryDequeue(out var request);
            request ??= Receive();
            if (request is null)
            {
                continue;
            }
            log.Debug($"{channel}: {request.MessageType}{(abort ? " (aborted)" : "")}");
            iopub.Status("busy", request.Header);
            try
            {
                var reply = abort && request.MessageType == "execute_request"
                    ? JupyterMessage.ReplyTo(request, "execute_reply", ExecuteHandler.Aborted(), session)
                    : handle(request);
                if (reply is not null)
                {
                    if (isShell && reply.MessageType == "execute_reply" && ExecuteHandler.StopsQueue(request, reply.Content))
                    {
                        // Taken before the error reply goes out: exactly the requests sent before it are aborted.
                        while (socket.Poll(0))
                        {
                            if (Receive() is { } queued)
                            {
                                aborting.Enqueue(queued);
                            }
                        }
                    }
                    iopub.Drain(DrainTimeout);
                    socket.SendMultipart(wire.Encode(reply));
                }
            }
            catch (Exception e)
            {
                log.Warn($"{request.MessageType} failed: {e}");
            }
            finally
            {
                iopub.Status("idle", request.Header);
            }
            if (request.MessageType == "shutdown_request")
            {
                iopub.Drain(DrainTimeout);
                onShutdown();
            }
        }
    }

    /// <summary>The next request on this channel, or null after a poll timeout or a rejected message.</summary>
    private JupyterMessage? Receive()
    {
        if (!socket.Poll(PollMilliseconds))
        {
            return null;
        }
        var request = wire.Decode(socket.ReceiveMultipart(), out var problem);
        if (request is null)
        {
            log.Warn($"dropped a message on {channel}: {problem}");
        }
        return request;
    }
}
