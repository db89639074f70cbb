using System.Runtime.InteropServices;

namespace Siamese.Kernel.Zmq;

/// <summary>P/Invoke declarations of the libzmq C API used by the kernel (Debian's libzmq5).</summary>
internal static unsafe partial class ZmqNative
{
    private const string Lib = "libzmq.so.5";

    public const int SocketPub = 1;
    public const int SocketRep = 4;
    public const int SocketRouter = 6;

    public const int OptionRcvMore = 13;
    public const int OptionLinger = 17;
    public const int SendMore = 2;
    public const int PollIn = 1;

    /// <summary>EAGAIN on Linux.</summary>
    public const int ErrorAgain = 11;

    /// <summary>EINTR on Linux.</summary>
    public const int ErrorInterrupted = 4;

    [LibraryImport(Lib)]
    public static partial nint zmq_ctx_new();

    [LibraryImport(Lib)]
    public static partial int zmq_ctx_term(nint context);

    [LibraryImport(Lib)]
    public static partial nint zmq_socket(nint context, int type);

    [LibraryImport(Lib)]
    public static partial int zmq_close(nint socket);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int zmq_bind(nint socket, string endpoint);

    [LibraryImport(Lib)]
    public static partial int zmq_setsockopt(nint socket, int option, void* value, nuint length);

    [LibraryImport(Lib)]
    public static partial int zmq_getsockopt(nint socket, int option, void* value, nuint* length);

    [LibraryImport(Lib)]
    public static partial int zmq_send(nint socket, byte* buffer, nuint length, int flags);

    [LibraryImport(Lib)]
    public static partial int zmq_msg_init(ZmqMessage* message);

    [LibraryImport(Lib)]
    public static partial int zmq_msg_recv(ZmqMessage* message, nint socket, int flags);

    [LibraryImport(Lib)]
    public static partial byte* zmq_msg_data(ZmqMessage* message);

    [LibraryImport(Lib)]
    public static partial nuint zmq_msg_size(ZmqMessage* message);

    [LibraryImport(Lib)]
    public static partial int zmq_msg_close(ZmqMessage* message);

    [LibraryImport(Lib)]
    public static partial int zmq_poll(ZmqPollItem* items, int count, long timeoutMilliseconds);

    [LibraryImport(Lib)]
    public static partial int zmq_errno();

    [LibraryImport(Lib)]
    public static partial nint zmq_strerror(int error);

    /// <summary>libzmq's message for the calling thread's last error.</summary>
    public static string LastError(out int code)
    {
        code = zmq_errno();
        return Marshal.PtrToStringUTF8(zmq_strerror(code)) ?? $"zmq error {code}";
    }
}
