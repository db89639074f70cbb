using Siamese.Kernel.Protocol;
using Siamese.Kernel.Server;

namespace Siamese.Kernel.Output;

/// <summary>
/// Console.In for cells: <c>Console.ReadLine()</c> asks the front end through the stdin channel when the
/// running request allows it (<c>allow_stdin</c>), and reads end-of-input otherwise (nbconvert, for one).
/// </summary>
internal sealed class StdinReader(StdinChannel channel, Func<JupyterMessage?> currentRequest) : TextReader
{
    private readonly object gate = new();
    private string pending = "";

    public override string? ReadLine()
    {
        lock (gate)
        {
            if (pending.Length > 0)
            {
                var rest = pending;
                pending = "";
                return rest.TrimEnd('\n');
            }
            var request = currentRequest();
            if (request is null || request.Content["allow_stdin"]?.GetValue<bool>() != true)
            {
                return null;
            }
            Console.Out.Flush();
            return channel.RequestInput(request, "", password: false);
        }
    }

    public override int Peek()
    {
        lock (gate)
        {
            return Fill() ? pending[0] : -1;
        }
    }

    public override int Read()
    {
        lock (gate)
        {
            if (!Fill())
            {
                return -1;
            }
            var c = pending[0];
            pending = pending[1..];
            return c;
        }
    }

    private bool Fill()
    {
        if (pending.Length > 0)
        {
            return true;
        }
        var line = ReadLine();
        if (line is null)
        {
            return false;
        }
        pending = line + "\n";
        return true;
    }
}
