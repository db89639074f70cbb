namespace Siamese.Kernel.Zmq;

/// <summary>A libzmq context (its I/O threads); terminate it after closing every socket.</summary>
internal sealed class ZmqContext : IDisposable
{
    public ZmqContext()
    {
        Handle = ZmqNative.zmq_ctx_new();
        if (Handle == 0)
        {
            throw new ZmqException("zmq_ctx_new");
        }
    }

    public nint Handle { get; private set; }

    public void Dispose()
    {
        if (Handle != 0)
        {
            ZmqNative.zmq_ctx_term(Handle);
            Handle = 0;
        }
    }
}
