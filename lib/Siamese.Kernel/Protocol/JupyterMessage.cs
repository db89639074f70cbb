using System.Globalization;
using System.Text.Json.Nodes;

namespace Siamese.Kernel.Protocol;

/// <summary>One Jupyter message: routing identities, header, parent header, metadata, content and buffers.</summary>
internal sealed class JupyterMessage
{
    public const string ProtocolVersion = "5.3";

    public required IReadOnlyList<byte[]> Identities { get; init; }
    public required JsonObject Header { get; init; }
    public required JsonObject ParentHeader { get; init; }
    public JsonObject Metadata { get; init; } = [];
    public required JsonObject Content { get; init; }
    public IReadOnlyList<byte[]> Buffers { get; init; } = [];

    public string MessageType => Header["msg_type"]?.GetValue<string>() ?? "";

    public string MessageId => Header["msg_id"]?.GetValue<string>() ?? "";

    /// <summary>A new header for a message this kernel sends in <paramref name="session"/>.</summary>
    public static JsonObject NewHeader(string messageType, string session) => new()
    {
        ["msg_id"] = Guid.NewGuid().ToString("N"),
        ["session"] = session,
        ["username"] = "kernel",
        ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        ["msg_type"] = messageType,
        ["version"] = ProtocolVersion,
    };

    /// <summary>A reply (or any message caused by <paramref name="parent"/>) routed back to its sender.</summary>
    public static JupyterMessage ReplyTo(JupyterMessage parent, string messageType, JsonObject content, string session) => new()
    {
        Identities = parent.Identities,
        Header = NewHeader(messageType, session),
        ParentHeader = (JsonObject)parent.Header.DeepClone(),
        Content = content,
    };
}
