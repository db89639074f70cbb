using System.Text;
using System.Text.Json.Nodes;
using Siamese.Kernel.Protocol;

namespace Siamese.Kernel.Tests.Protocol;

public class WireFormatTests
{
    private static readonly WireFormat Wire = new(new MessageSigner("key"));

    private static JupyterMessage Sample() => new()
    {
        Identities = [Encoding.ASCII.GetBytes("client-1")],
        Header = JupyterMessage.NewHeader("execute_request", "session"),
        ParentHeader = [],
        Content = new JsonObject { ["code"] = "1 + 1 // é" },
    };

    [Fact]
    public void EncodesTheJupyterFrameLayoutAndDecodesItBack()
    {
        var frames = Wire.Encode(Sample());
        Assert.Equal("client-1", Encoding.ASCII.GetString(frames[0]));
        Assert.Equal("<IDS|MSG>", Encoding.ASCII.GetString(frames[1]));
        Assert.Equal(64, frames[2].Length); // hex HMAC-SHA256
        Assert.Equal(7, frames.Count);

        var decoded = Wire.Decode(frames, out var problem);
        Assert.Null(problem);
        Assert.Equal("execute_request", decoded!.MessageType);
        Assert.Equal("5.3", decoded.Header["version"]!.GetValue<string>());
        Assert.Equal("1 + 1 // é", decoded.Content["code"]!.GetValue<string>());
        Assert.Equal("client-1", Encoding.ASCII.GetString(decoded.Identities.Single()));
    }

    [Fact]
    public void TamperedOrMalformedMessagesAreRejected()
    {
        var frames = Wire.Encode(Sample());
        frames[^1] = Encoding.UTF8.GetBytes("{\"code\":\"System.Environment.Exit(1)\"}");
        Assert.Null(Wire.Decode(frames, out var problem));
        Assert.Equal("invalid signature", problem);

        Assert.Null(Wire.Decode([Encoding.ASCII.GetBytes("no delimiter")], out problem));
        Assert.Contains("malformed", problem);
    }

    [Fact]
    public void RepliesKeepTheRequestsIdentityAndParent()
    {
        var request = Sample();
        var reply = JupyterMessage.ReplyTo(request, "execute_reply", new JsonObject { ["status"] = "ok" }, "kernel-session");
        Assert.Same(request.Identities, reply.Identities);
        Assert.Equal(request.MessageId, reply.ParentHeader["msg_id"]!.GetValue<string>());
        Assert.NotEqual(request.MessageId, reply.MessageId);
    }
}
