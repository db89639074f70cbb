namespace Siamese.Kernel.Zmq;

/// <summary>A libzmq call failed; the message is libzmq's.</summary>
internal sealed class ZmqException : Exception
{
    /// <summary>Creates the exception from libzmq's last error on this thread.</summary>
    /// <param name="operation">What was attempted (zmq_bind to ..., zmq_send, ...).</param>
    internal ZmqException(string operation)
        : base($"{operation}: {ZmqNative.LastError(out var code)}")
    {
        ErrorCode = code;
    }

    /// <summary>libzmq's errno value.</summary>
    public int ErrorCode { get; }
}
