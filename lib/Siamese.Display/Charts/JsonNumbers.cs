using System.Text.Json.Nodes;

namespace Siamese.Display.Charts;

/// <summary>Numbers as JSON for Plotly: NaN and infinities become null (a gap), which JSON can carry.</summary>
internal static class JsonNumbers
{
    public static JsonNode? Node(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    public static JsonArray Array(IEnumerable<double> values) => new([.. values.Select(Node)]);

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
}
