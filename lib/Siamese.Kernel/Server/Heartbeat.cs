using Siamese.Kernel.Zmq;

namespace Siamese.Kernel.Server;

/// <summary>The heartbeat channel: echoes every message back on its own thread, whatever the kernel is doing.</summary>
internal sealed class Heartbeat : IDisposable
{
    private const int PollMilliseconds = 200;
    private readonly ZmqSocket socket;
    private readonly Thread thread;
    private volatile bool stopping;

    public Heartbeat(ZmqSocket socket)
    {
        this.socket = socket;
        thread = new Thread(Run) { IsBackground = true, Name = "heartbeat" };
        thread.Start();
    }

    private void Run()
    {
        while (!stopping)
        {
            if (socket.Poll(PollMilliseconds))
            {
                socket.SendMultipart(socket.ReceiveMultipart());
            }
        }
    }

    public void Dispose()
    {
        stopping = true;
        thread.Join(TimeSpan.FromSeconds(1));
    }
}
