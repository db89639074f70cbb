using System.Text.Json.Nodes;
using Plotly.NET;

namespace Siamese.Lib.Tests.Display;

/// <summary>A chart's figure as plotly.js reads it (data, layout, config), for assertions.</summary>
internal static class ChartJson
{
    public static JsonObject Of(GenericChart chart) => JsonNode.Parse(GenericChart.toJson(chart))!.AsObject();

    public static JsonArray Data(GenericChart chart) => Of(chart)["data"]!.AsArray();

    public static JsonObject Layout(GenericChart chart) => Of(chart)["layout"]!.AsObject();

    public static string[] Names(GenericChart chart) => Data(chart).Select(t => t!["name"]!.GetValue<string>()).ToArray();

    public static double[] Numbers(JsonNode? array) => array!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
}
