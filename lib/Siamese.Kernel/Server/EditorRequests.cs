using System.Text.Json.Nodes;
using Siamese.Kernel.Display;
using Siamese.Kernel.Scripting;

namespace Siamese.Kernel.Server;

/// <summary>
/// The requests an editor sends while the user types: <c>complete_request</c>, <c>inspect_request</c> and
/// <c>is_complete_request</c>. Cursor positions are in Unicode code points on the wire, UTF-16 in Roslyn.
/// </summary>
internal sealed class EditorRequests(ScriptSession scripts)
{
    /// <summary>The indent jupyter console inserts on the continuation line of an incomplete cell.</summary>
    private const string ContinuationIndent = "    ";

    /// <summary>
    /// The <c>is_complete_reply</c> content: whether Enter runs the code in a console. "invalid" is a complete
    /// submission with syntax errors (a console runs it at once, to show the error); a help request
    /// (<c>name?</c>) is complete.
    /// </summary>
    public static JsonObject IsComplete(JsonObject content)
    {
        var code = content["code"]?.GetValue<string>() ?? "";
        if (HelpRequest.TryParse(code, out _))
        {
            return new JsonObject { ["status"] = "complete" };
        }
        if (!ScriptSession.IsComplete(code))
        {
            return new JsonObject { ["status"] = "incomplete", ["indent"] = ContinuationIndent };
        }
        return new JsonObject { ["status"] = ScriptSession.HasSyntaxErrors(code) ? "invalid" : "complete" };
    }

    /// <summary>The documentation of <paramref name="name"/> (a symbol in scope or a member path), or null.</summary>
    public string? Documentation(string name) => scripts.Inspect(name, name.Length);

    /// <summary>The <c>complete_reply</c> content: names that fit at the cursor, with their kinds.</summary>
    public JsonObject Complete(JsonObject content)
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

    /// <summary>The <c>inspect_reply</c> content: signature and documentation of the symbol at the cursor.</summary>
    public JsonObject Inspect(JsonObject content)
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
}
