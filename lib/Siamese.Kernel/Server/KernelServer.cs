using System.Text.Json.Nodes;
using Siamese.Display;
using Siamese.Kernel.Output;
using Siamese.Kernel.Protocol;
using Siamese.Kernel.Scripting;
using Siamese.Kernel.Zmq;

namespace Siamese.Kernel.Server;

/// <summary>
/// The kernel process: binds the five channels of the connection file, answers shell and control requests on
/// their own threads (so interrupt and shutdown work while a cell runs), runs cells through
/// <see cref="CellRunner"/> and publishes their outputs on IOPub.
/// </summary>
internal sealed class KernelServer : IDisposable
{
    private const int PollMilliseconds = 100;
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan ShutdownJoin = TimeSpan.FromSeconds(2);

    private readonly KernelLog log;
    private readonly string session = Guid.NewGuid().ToString();
    private readonly ZmqContext context = new();
    private readonly ZmqSocket shell, control, stdin, iopubSocket, heartbeatSocket;
    private readonly WireFormat wire;
    private readonly IopubChannel iopub;
    private readonly Heartbeat heartbeat;
    private readonly OutputCapture output;
    private readonly ScriptSession scripts;
    private readonly CellRunner runner;
    private readonly List<JsonArray> history = [];
    private readonly ManualResetEventSlim shutdown = new();
    private volatile bool stopping;
    private volatile JupyterMessage? currentExecute;
    private int executionCount;

    public KernelServer(ConnectionInfo connection, string notebookDirectory, KernelLog log)
    {
        this.log = log;
        wire = new WireFormat(new MessageSigner(connection.Key, connection.SignatureScheme));
        shell = Bind(ZmqNative.SocketRouter, connection.Endpoint(connection.ShellPort));
        control = Bind(ZmqNative.SocketRouter, connection.Endpoint(connection.ControlPort));
        stdin = Bind(ZmqNative.SocketRouter, connection.Endpoint(connection.StdinPort));
        iopubSocket = Bind(ZmqNative.SocketPub, connection.Endpoint(connection.IopubPort));
        heartbeatSocket = Bind(ZmqNative.SocketRep, connection.Endpoint(connection.HeartbeatPort));
        heartbeat = new Heartbeat(heartbeatSocket);
        iopub = new IopubChannel(iopubSocket, wire, session, log);
        output = new OutputCapture(iopub);

        var formatContext = new FormatContext(PlotlyEmbedding.InlineOnce);
        var publisher = new KernelDisplayPublisher(iopub, output, formatContext);
        DisplayContext.Install(publisher);
        Console.SetOut(output.Stdout);
        Console.SetError(output.Stderr);
        Console.SetIn(new StdinReader(new StdinChannel(stdin, wire, session, log), () => currentExecute));

        scripts = new ScriptSession(new ScriptGlobals(publisher, notebookDirectory), notebookDirectory);
        runner = new CellRunner(scripts, formatContext, log);
    }

    /// <summary>Serves until a shutdown request arrives.</summary>
    public void Run()
    {
        var shellThread = new Thread(() => Serve(shell, "shell")) { IsBackground = true, Name = "shell" };
        var controlThread = new Thread(() => Serve(control, "control")) { IsBackground = true, Name = "control" };
        shellThread.Start();
        controlThread.Start();
        iopub.Status("starting", []);
        shutdown.Wait();
        stopping = true;
        controlThread.Join(ShutdownJoin);
        // The shell thread may be stuck in an abandoned cell; it is a background thread and dies with the process.
        shellThread.Join(ShutdownJoin);
    }

    private ZmqSocket Bind(int type, string endpoint)
    {
        var socket = new ZmqSocket(context, type);
        socket.Bind(endpoint);
        return socket;
    }

    private void Serve(ZmqSocket socket, string channel)
    {
        while (!stopping)
        {
            if (!socket.Poll(PollMilliseconds))
            {
                continue;
            }
            var frames = socket.ReceiveMultipart();
            var request = wire.Decode(frames, out var problem);
            if (request is null)
            {
                log.Warn($"dropped a message on {channel}: {problem}");
                continue;
            }
            log.Debug($"{channel}: {request.MessageType}");
            iopub.Status("busy", request.Header);
            try
            {
                var reply = Handle(request, channel == "shell");
                if (reply is not null)
                {
                    iopub.Drain(DrainTimeout);
                    socket.SendMultipart(wire.Encode(reply));
                }
            }
            catch (Exception e)
            {
                log.Warn($"{request.MessageType} failed: {e}");
            }
            finally
            {
                iopub.Status("idle", request.Header);
            }
            if (request.MessageType == "shutdown_request")
            {
                iopub.Drain(DrainTimeout);
                shutdown.Set();
            }
        }
    }

    private JupyterMessage? Handle(JupyterMessage request, bool isShell)
    {
        JupyterMessage Reply(string type, JsonObject content) => JupyterMessage.ReplyTo(request, type, content, session);
        var content = request.Content;
        switch (request.MessageType)
        {
            case "kernel_info_request":
                return Reply("kernel_info_reply", KernelInfo.Reply());
            case "execute_request" when isShell:
                return Reply("execute_reply", Execute(request));
            case "is_complete_request":
                var complete = ScriptSession.IsComplete(content["code"]?.GetValue<string>() ?? "");
                return Reply("is_complete_reply", complete
                    ? new JsonObject { ["status"] = "complete" }
                    : new JsonObject { ["status"] = "incomplete", ["indent"] = "    " });
            case "complete_request":
                return Reply("complete_reply", Complete(content));
            case "inspect_request":
                return Reply("inspect_reply", Inspect(content));
            case "history_request":
                return Reply("history_reply", new JsonObject
                {
                    ["status"] = "ok",
                    ["history"] = new JsonArray([.. history.Select(h => h.DeepClone())]),
                });
            case "comm_info_request":
                return Reply("comm_info_reply", new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
            case "interrupt_request":
                runner.Interrupt();
                return Reply("interrupt_reply", new JsonObject { ["status"] = "ok" });
            case "shutdown_request":
                return Reply("shutdown_reply", new JsonObject
                {
                    ["status"] = "ok",
                    ["restart"] = content["restart"]?.GetValue<bool>() ?? false,
                });
            default:
                // comm_open/comm_msg/comm_close (no widgets here) and unknown requests get no reply.
                log.Debug($"ignored {request.MessageType}");
                return null;
        }
    }

    private JsonObject Execute(JupyterMessage request)
    {
        var content = request.Content;
        var code = content["code"]?.GetValue<string>() ?? "";
        var silent = content["silent"]?.GetValue<bool>() ?? false;
        var storeHistory = !silent && (content["store_history"]?.GetValue<bool>() ?? true);
        if (storeHistory)
        {
            executionCount++;
        }
        var count = Math.Max(executionCount, 1);
        iopub.CurrentParent = request.Header;
        currentExecute = request;
        if (!silent)
        {
            iopub.Publish("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count });
        }
        if (storeHistory)
        {
            history.Add(new JsonArray(0, count, code));
        }

        var (outcome, result) = runner.Run(code, count);
        currentExecute = null;
        output.Flush();
        if (outcome.Status == CellStatus.Ok)
        {
            if (result is not null && !silent)
            {
                iopub.Publish("execute_result", new JsonObject
                {
                    ["execution_count"] = count,
                    ["data"] = result.ToJson(),
                    ["metadata"] = new JsonObject(),
                });
            }
            return new JsonObject
            {
                ["status"] = "ok",
                ["execution_count"] = count,
                ["user_expressions"] = new JsonObject(),
                ["payload"] = new JsonArray(),
            };
        }
        var error = outcome.Error!.ToContent();
        if (!silent)
        {
            iopub.Publish("error", (JsonObject)error.DeepClone());
        }
        error["status"] = "error";
        error["execution_count"] = count;
        return error;
    }

    private JsonObject Complete(JsonObject content)
    {
        var code = content["code"]?.GetValue<string>() ?? "";
        var cursor = TextPositions.ToUtf16(code, content["cursor_pos"]?.GetValue<int>() ?? code.Length);
        var result = scripts.Complete(code, cursor);
        var start = TextPositions.ToCodePoints(code, result.Start);
        var end = TextPositions.ToCodePoints(code, result.End);
        return new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray([.. result.Matches.Select(m => (JsonNode?)JsonValue.Create(m))]),
            ["cursor_start"] = start,
            ["cursor_end"] = end,
            ["metadata"] = new JsonObject
            {
                ["_jupyter_types_experimental"] = new JsonArray([.. result.Matches.Select((m, i) => (JsonNode?)new JsonObject
                {
                    ["start"] = start, ["end"] = end, ["text"] = m, ["type"] = result.Kinds[i],
                })]),
            },
        };
    }

    private JsonObject Inspect(JsonObject content)
    {
        var code = content["code"]?.GetValue<string>() ?? "";
        var cursor = TextPositions.ToUtf16(code, content["cursor_pos"]?.GetValue<int>() ?? code.Length);
        var text = scripts.Inspect(code, cursor);
        return new JsonObject
        {
            ["status"] = "ok",
            ["found"] = text is not null,
            ["data"] = text is null ? new JsonObject() : new JsonObject { [MimeTypes.PlainText] = text },
            ["metadata"] = new JsonObject(),
        };
    }

    public void Dispose()
    {
        output.Dispose();
        iopub.Dispose();
        heartbeat.Dispose();
        foreach (var socket in new[] { shell, control, stdin, iopubSocket, heartbeatSocket })
        {
            socket.Dispose();
        }
        context.Dispose();
    }
}
