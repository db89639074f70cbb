using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using Siamese.Kernel.Display;
using Siamese.Kernel.History;
using Siamese.Kernel.Output;
using Siamese.Kernel.Packages;
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
    private static readonly TimeSpan ShutdownJoin = TimeSpan.FromSeconds(2);

    private readonly KernelLog log;
    private readonly string session = Guid.NewGuid().ToString();
    private readonly ZmqContext context = new();
    private readonly ZmqSocket shell, control, stdin, iopubSocket, heartbeatSocket;
    private readonly WireFormat wire;
    private readonly IopubChannel iopub;
    private readonly Heartbeat heartbeat;
    private readonly OutputCapture output;
    private readonly DisplayedValueBridge displayedValues;
    private readonly PackageManager packages;
    private readonly ScriptSession scripts;
    private readonly CellRunner runner;
    private readonly SessionHistory history = new();
    private readonly ExecuteHandler executor;
    private readonly EditorRequests editor;
    private readonly ManualResetEventSlim shutdown = new();
    private volatile bool stopping;

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

        ValueFormatter.Configure();
        var publisher = new KernelDisplayPublisher(iopub, output);
        NotebookDisplayHook.Install(publisher);
        displayedValues = new DisplayedValueBridge(publisher);
        Console.SetOut(output.Stdout);
        Console.SetError(output.Stderr);
        packages = new PackageManager(new PackageRestorer(PackageRestorer.DefaultCacheRoot, PackageRestorer.DefaultDotnet));
        scripts = new ScriptSession(new ScriptGlobals(publisher, publisher.ClearOutput, notebookDirectory), notebookDirectory, packages);
        runner = new CellRunner(scripts, log);
        editor = new EditorRequests(scripts);
        executor = new ExecuteHandler(iopub, output, runner, history, editor.Documentation);
        Console.SetIn(new StdinReader(new StdinChannel(stdin, wire, session, log), () => executor.Current));
    }

    /// <summary>Serves until a shutdown request arrives.</summary>
    public void Run()
    {
        var shellThread = Serve(shell, "shell");
        var controlThread = Serve(control, "control");
        // interrupt_mode "signal" (jupyter console, kernelspecs that ask for it): SIGINT interrupts the cell
        // exactly as interrupt_request does, instead of ending the process.
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal =>
        {
            signal.Cancel = true;
            log.Debug("SIGINT: interrupting the running cell");
            runner.Interrupt();
        });
        shellThread.Start();
        controlThread.Start();
        iopub.Status("starting", []);
        shutdown.Wait();
        stopping = true;
        controlThread.Join(ShutdownJoin);
        // The shell thread may be stuck in an abandoned cell; it is a background thread and dies with the process.
        shellThread.Join(ShutdownJoin);
    }

    /// <summary>A thread answering the requests of one channel until shutdown.</summary>
    private Thread Serve(ZmqSocket socket, string channel)
    {
        var loop = new RequestLoop(socket, channel, wire, iopub, session, log);
        return new Thread(() => loop.Run(request => Handle(request, channel == "shell"), () => stopping, shutdown.Set))
        {
            IsBackground = true,
            Name = channel,
        };
    }

    private ZmqSocket Bind(int type, string endpoint)
    {
        var socket = new ZmqSocket(context, type);
        socket.Bind(endpoint);
        return socket;
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
                return Reply("execute_reply", executor.Execute(request));
            case "is_complete_request":
                return Reply("is_complete_reply", EditorRequests.IsComplete(content));
            case "complete_request":
                return Reply("complete_reply", editor.Complete(content));
            case "inspect_request":
                return Reply("inspect_reply", editor.Inspect(content));
            case "history_request":
                return Reply("history_reply", history.Reply(content));
            case "comm_open":
                // No comm targets (no widgets): refused the way ipykernel refuses an unknown target, by closing it.
                log.Debug($"comm_open for target {content["target_name"]} refused: this kernel has no comm targets");
                iopub.Publish("comm_close", new JsonObject { ["comm_id"] = content["comm_id"]?.DeepClone(), ["data"] = new JsonObject() }, request.Header);
                return null;
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
                // comm_msg/comm_close (no comm is ever open) and unknown requests get no reply.
                log.Debug($"ignored {request.MessageType}");
                return null;
        }
    }

    public void Dispose()
    {
        displayedValues.Dispose();
        packages.Dispose();
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
