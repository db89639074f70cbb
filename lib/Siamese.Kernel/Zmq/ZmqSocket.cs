namespace Siamese.Kernel.Zmq;

/// <summary>
/// A libzmq socket. Not thread-safe (libzmq's rule): each socket is used by one thread at a time; the kernel
/// gives every channel its own thread.
/// </summary>
internal sealed unsafe class ZmqSocket : IDisposable
{
    private nint handle;

    public ZmqSocket(ZmqContext context, int type)
    {
        handle = ZmqNative.zmq_socket(context.Handle, type);
        if (handle == 0)
        {
            throw new ZmqException("zmq_socket");
        }
        // Pending messages must not keep the process alive at shutdown.
        var linger = 0;
        ZmqNative.zmq_setsockopt(handle, ZmqNative.OptionLinger, &linger, sizeof(int));
    }

    public nint Handle => handle;

    public void Bind(string endpoint)
    {
        if (ZmqNative.zmq_bind(handle, endpoint) != 0)
        {
            throw new ZmqException($"zmq_bind to {endpoint}");
        }
    }

    /// <summary>Waits up to <paramref name="timeoutMilliseconds"/> for a message; false on timeout.</summary>
    public bool Poll(int timeoutMilliseconds)
    {
        var item = new ZmqPollItem { Socket = handle, Events = ZmqNative.PollIn };
        var ready = ZmqNative.zmq_poll(&item, 1, timeoutMilliseconds);
        if (ready < 0)
        {
            if (ZmqNative.zmq_errno() == ZmqNative.ErrorInterrupted)
            {
                return false;
            }
            throw new ZmqException("zmq_poll");
        }
        return ready > 0 && (item.ReturnedEvents & ZmqNative.PollIn) != 0;
    }

    /// <summary>Receives every frame of the next multipart message (blocking).</summary>
    public List<byte[]> ReceiveMultipart()
    {
        var frames = new List<byte[]>();
        ZmqMessage message;
        while (true)
        {
            ZmqNative.zmq_msg_init(&message);
            int received;
            while ((received = ZmqNative.zmq_msg_recv(&message, handle, 0)) < 0 && ZmqNative.zmq_errno() == ZmqNative.ErrorInterrupted)
            {
            }
            if (received < 0)
            {
                ZmqNative.zmq_msg_close(&message);
                throw new ZmqException("zmq_msg_recv");
            }
            var size = (int)ZmqNative.zmq_msg_size(&message);
            frames.Add(new ReadOnlySpan<byte>(ZmqNative.zmq_msg_data(&message), size).ToArray());
            ZmqNative.zmq_msg_close(&message);

            long more = 0;
            nuint length = sizeof(long);
            ZmqNative.zmq_getsockopt(handle, ZmqNative.OptionRcvMore, &more, &length);
            if (more == 0)
            {
                return frames;
            }
        }
    }

    /// <summary>Sends frames as one multipart message.</summary>
    public void SendMultipart(IReadOnlyList<byte[]> frames)
    {
        for (var i = 0; i < frames.Count; i++)
        {
            var flags = i < frames.Count - 1 ? ZmqNative.SendMore : 0;
            fixed (byte* data = frames[i])
            {
                int sent;
                while ((sent = ZmqNative.zmq_send(handle, data, (nuint)frames[i].Length, flags)) < 0
                       && ZmqNative.zmq_errno() == ZmqNative.ErrorInterrupted)
                {
                }
                if (sent < 0)
                {
                    throw new ZmqException("zmq_send");
                }
            }
        }
    }

    public void Dispose()
    {
        if (handle != 0)
        {
            ZmqNative.zmq_close(handle);
            handle = 0;
        }
    }
}
