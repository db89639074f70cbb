using System.Text;

namespace Siamese.Kernel.Output;

/// <summary>A console writer (stdout or stderr) that feeds <see cref="OutputCapture"/>; thread-safe through it.</summary>
internal sealed class CapturedWriter(OutputCapture capture, string stream) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => capture.Append(stream, [value]);

    public override void Write(string? value) => capture.Append(stream, value);

    public override void Write(char[] buffer, int index, int count) => capture.Append(stream, buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer) => capture.Append(stream, buffer);

    public override void WriteLine(string? value) => capture.Append(stream, (value ?? "") + "\n");

    public override void WriteLine() => capture.Append(stream, "\n");

    public override void Flush() => capture.Flush();
}
