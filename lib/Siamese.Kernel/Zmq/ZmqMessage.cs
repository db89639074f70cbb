using System.Runtime.InteropServices;

namespace Siamese.Kernel.Zmq;

/// <summary>libzmq's opaque <c>zmq_msg_t</c> (64 bytes, pointer-aligned), initialised and closed by libzmq.</summary>
[StructLayout(LayoutKind.Sequential, Size = 64)]
internal struct ZmqMessage
{
    private long alignment;
}
