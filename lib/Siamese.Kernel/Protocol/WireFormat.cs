using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Siamese.Kernel.Protocol;

/// <summary>
/// Jupyter's wire format: <c>[identities..., "&lt;IDS|MSG&gt;", signature, header, parent_header, metadata,
/// content, buffers...]</c>, JSON frames in UTF-8, signed by <see cref="MessageSigner"/>.
/// </summary>
internal sealed class WireFormat(MessageSigner signer)
{
    public static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();

    /// <summary>JSON frames are written compactly; non-ASCII stays as UTF-8.</summary>
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private const int JsonFrames = 4;

    public List<byte[]> Encode(JupyterMessage message)
    {
        var parts = new[]
        {
            Json(message.Header), Json(message.ParentHeader), Json(message.Metadata), Json(message.Content),
        };
        var frames = new List<byte[]>(message.Identities.Count + 2 + JsonFrames + message.Buffers.Count);
        frames.AddRange(message.Identities);
        frames.Add(Delimiter);
        frames.Add(Encoding.ASCII.GetBytes(signer.Sign(parts)));
        frames.AddRange(parts);
        frames.AddRange(message.Buffers);
        return frames;
    }

    /// <summary>Parses and verifies a received message; null (with a reason) when malformed or wrongly signed.</summary>
    public JupyterMessage? Decode(IReadOnlyList<byte[]> frames, out string? problem)
    {
        var delimiter = -1;
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].AsSpan().SequenceEqual(Delimiter))
            {
                delimiter = i;
                break;
            }
        }
        if (delimiter < 0 || frames.Count < delimiter + 2 + JsonFrames)
        {
            problem = "malformed message (no delimiter or too few frames)";
            return null;
        }
        var signature = Encoding.ASCII.GetString(frames[delimiter + 1]);
        var parts = frames.Skip(delimiter + 2).Take(JsonFrames).ToArray();
        if (!signer.Verify(signature, parts))
        {
            problem = "invalid signature";
            return null;
        }
        try
        {
            problem = null;
            return new JupyterMessage
            {
                Identities = [.. frames.Take(delimiter)],
                Header = ParseObject(parts[0]),
                ParentHeader = ParseObject(parts[1]),
                Metadata = ParseObject(parts[2]),
                Content = ParseObject(parts[3]),
                Buffers = [.. frames.Skip(delimiter + 2 + JsonFrames)],
            };
        }
        catch (JsonException e)
        {
            problem = "malformed JSON: " + e.Message;
            return null;
        }
    }

    private static byte[] Json(JsonObject node) => Encoding.UTF8.GetBytes(node.ToJsonString(JsonOptions));

    private static JsonObject ParseObject(byte[] frame) =>
        JsonNode.Parse(frame) as JsonObject ?? [];
}
