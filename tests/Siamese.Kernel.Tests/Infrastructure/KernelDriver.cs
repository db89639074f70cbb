using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Siamese.Kernel.Tests.Infrastructure;

/// <summary>
/// A kernel started and talked to by Jupyter's own client: driver/kernel_driver.py runs under Debian's Python
/// and answers JSON commands with the raw messages it received.
/// </summary>
internal sealed class KernelDriver : IDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(180);
    private readonly Process process;
    private readonly StringBuilder stderr = new();

    private KernelDriver(string? workingDirectory)
    {
        var start = new ProcessStartInfo(TestPaths.Python, [TestPaths.Driver])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? TestPaths.TestDirectory,
        };
        KernelSpec.Apply(start);
        process = Process.Start(start)!;
        process.ErrorDataReceived += (_, e) => { lock (stderr) { stderr.AppendLine(e.Data); } };
        process.BeginErrorReadLine();
    }

    /// <summary>Seconds jupyter_client waited for the kernel to answer kernel_info after starting it.</summary>
    public double ReadySeconds { get; private set; }

    /// <summary>Everything the driver and the kernel wrote to stderr (the kernel's log).</summary>
    public string Log
    {
        get
        {
            lock (stderr)
            {
                return stderr.ToString();
            }
        }
    }

    public static KernelDriver Start(string? workingDirectory = null)
    {
        var driver = new KernelDriver(workingDirectory);
        var started = driver.Send(new { op = "start", cwd = workingDirectory });
        driver.ReadySeconds = started["ready_s"]!.GetValue<double>();
        return driver;
    }

    public JsonObject Send(object command)
    {
        process.StandardInput.WriteLine(JsonSerializer.Serialize(command));
        process.StandardInput.Flush();
        var read = process.StandardOutput.ReadLineAsync();
        if (!read.Wait(CommandTimeout) || read.Result is null)
        {
            throw new Xunit.Sdk.XunitException($"no answer from the driver to {JsonSerializer.Serialize(command)}\n{Log}");
        }
        var answer = JsonNode.Parse(read.Result)!.AsObject();
        if (answer["ok"]?.GetValue<bool>() != true)
        {
            throw new Xunit.Sdk.XunitException($"driver failed: {answer["error"]}\n{answer["traceback"]}\n{Log}");
        }
        return answer;
    }

    public KernelMessages Execute(string code, double timeout = 60, bool silent = false) =>
        new(Send(new { op = "execute", code, timeout, silent }));

    public KernelMessages Request(string messageType, object content, string channel = "shell", double timeout = 30) =>
        new(Send(new { op = "send", msg_type = messageType, content, channel, timeout }));

    /// <summary>Sends all <paramref name="codes"/> at once (a front end's "Run All") and collects each answer.</summary>
    public IReadOnlyList<KernelMessages> ExecuteAll(IEnumerable<string> codes, bool stopOnError = true) =>
        [.. Send(new { op = "execute_batch", codes, stop_on_error = stopOnError })["results"]!.AsArray()
            .Select(r => new KernelMessages(r!.AsObject()))];

    public string ExecuteAsync(string code) => Send(new { op = "execute_async", code })["msg_id"]!.GetValue<string>();

    public KernelMessages Wait(string messageId, double timeout = 60) => new(Send(new { op = "wait", msg_id = messageId, timeout }));

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.StandardInput.WriteLine("{\"op\":\"stop\"}");
                process.StandardInput.Flush();
                if (!process.WaitForExit(TimeSpan.FromSeconds(20)))
                {
                    process.Kill(entireProcessTree: true);
                }
            }
        }
        catch (IOException)
        {
            // The driver already exited.
        }
        process.Dispose();
    }
}
