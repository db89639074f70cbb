using System.Text;
using System.Text.Json.Nodes;
using Siamese.Kernel.Server;

namespace Siamese.Kernel.Output;

/// <summary>
/// Console output of cells, library code and other threads, sent as Jupyter <c>stream</c> messages. One buffer
/// serves stdout and stderr so that their interleaving is kept: writing to one stream first flushes the other.
/// Buffers are flushed on a short timer, when large, and whenever a display or result is about to be sent.
/// </summary>
internal sealed class OutputCapture : IDisposable
{
    /// <summary>Longest time text waits in the buffer.</summary>
    private static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Buffered characters that trigger an immediate flush.</summary>
    private const int MaxBuffered = 64 * 1024;

    private readonly object gate = new();
    private readonly IopubChannel iopub;
    private readonly StringBuilder buffer = new();
    private readonly Timer timer;
    private string? bufferedStream;

    public OutputCapture(IopubChannel iopub)
    {
        this.iopub = iopub;
        Stdout = new CapturedWriter(this, "stdout");
        Stderr = new CapturedWriter(this, "stderr");
        timer = new Timer(_ => Flush(), null, FlushInterval, FlushInterval);
    }

    public TextWriter Stdout { get; }

    public TextWriter Stderr { get; }

    public void Append(string stream, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }
        lock (gate)
        {
            if (bufferedStream != stream)
            {
                FlushLocked();
                bufferedStream = stream;
            }
            buffer.Append(text);
            if (buffer.Length >= MaxBuffered)
            {
                FlushLocked();
            }
        }
    }

    /// <summary>Sends whatever is buffered now.</summary>
    public void Flush()
    {
        lock (gate)
        {
            FlushLocked();
        }
    }

    private void FlushLocked()
    {
        if (buffer.Length == 0 || bufferedStream is null)
        {
            return;
        }
        iopub.Publish("stream", new JsonObject { ["name"] = bufferedStream, ["text"] = buffer.ToString() });
        buffer.Clear();
    }

    public void Dispose()
    {
        timer.Dispose();
        Flush();
    }
}
