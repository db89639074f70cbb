namespace Siamese.Torch;

/// <summary>
/// An error reported by libtorch (wrong shape, dtype mismatch, index out of range, ...).
/// The message is libtorch's own, without its C++ backtrace. The process and the native
/// state stay usable after it: a notebook cell that throws one leaves the kernel alive.
/// </summary>
public sealed class TorchException : Exception
{
    /// <summary>Creates an exception carrying libtorch's message.</summary>
    public TorchException(string message) : base(message) { }

    /// <summary>Creates an exception carrying libtorch's message and an inner cause.</summary>
    public TorchException(string message, Exception inner) : base(message, inner) { }
}
