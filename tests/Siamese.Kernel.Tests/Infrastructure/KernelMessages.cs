using System.Text.Json.Nodes;

namespace Siamese.Kernel.Tests.Infrastructure;

/// <summary>What Jupyter's client received for one request: the reply and the IOPub messages it caused, in order.</summary>
internal sealed class KernelMessages(JsonObject answer)
{
    public JsonObject Raw { get; } = answer;

    public bool TimedOut => Raw["timed_out"]?.GetValue<bool>() ?? false;

    public string? ReplyType => Raw["reply"]?["msg_type"]?.GetValue<string>();

    public JsonObject Reply => Raw["reply"]?["content"]?.AsObject() ?? throw new Xunit.Sdk.XunitException($"no reply: {Raw}");

    public string Status => Reply["status"]!.GetValue<string>();

    public IReadOnlyList<(string Type, JsonObject Content)> Iopub =>
        [.. (Raw["iopub"]?.AsArray() ?? []).Select(m => (m!["msg_type"]!.GetValue<string>(), m["content"]!.AsObject()))];

    public IEnumerable<JsonObject> Of(string type) => Iopub.Where(m => m.Type == type).Select(m => m.Content);

    public string Stream(string name) => string.Concat(Of("stream").Where(s => s["name"]!.GetValue<string>() == name).Select(s => s["text"]!.GetValue<string>()));

    /// <summary>The execute_result's representation of a MIME type (null when absent).</summary>
    public string? Result(string mime = "text/plain") => Of("execute_result").SingleOrDefault()?["data"]?[mime]?.GetValue<string>();

    public JsonObject? Error => Of("error").SingleOrDefault();

    public override string ToString() => Raw.ToJsonString();
}
