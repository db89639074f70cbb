using System.Text.Json.Nodes;

namespace Siamese.Kernel.Scripting;

/// <summary>An error as Jupyter shows it: a name, a value (message) and traceback lines (ANSI colours allowed).</summary>
internal sealed record JupyterError(string Name, string Value, IReadOnlyList<string> Traceback)
{
    public JsonObject ToContent() => new()
    {
        ["ename"] = Name,
        ["evalue"] = Value,
        ["traceback"] = new JsonArray([.. Traceback.Select(t => (JsonNode?)JsonValue.Create(t))]),
    };
}
