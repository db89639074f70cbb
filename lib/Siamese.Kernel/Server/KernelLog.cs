namespace Siamese.Kernel.Server;

/// <summary>
/// The kernel's own diagnostics, written to the process's original standard error (Jupyter shows it in the
/// server's console), never to the notebook: Console.Error is redirected to cells.
/// </summary>
internal sealed class KernelLog(TextWriter writer, bool verbose)
{
    private readonly object gate = new();

    public bool Verbose { get; } = verbose;

    public void Info(string message) => Write("info", message);

    public void Warn(string message) => Write("warn", message);

    public void Debug(string message)
    {
        if (Verbose)
        {
            Write("debug", message);
        }
    }

    private void Write(string level, string message)
    {
        lock (gate)
        {
            writer.WriteLine($"[siamese-kernel {DateTime.Now:HH:mm:ss.fff} {level}] {message}");
            writer.Flush();
        }
    }
}
