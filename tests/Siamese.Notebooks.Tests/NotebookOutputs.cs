using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Siamese.Notebooks.Tests;

/// <summary>
/// Reads an executed notebook's outputs: error outputs, references to a CDN (the same rules as
/// environment/notebook_checks.py, checked again here so a harness bug cannot hide one), and chart outputs.
/// </summary>
public static partial class NotebookOutputs
{
    /// <summary>MIME types that can carry markup or script.</summary>
    private static readonly string[] Scanned = ["text/html", "application/javascript", "text/markdown", "image/svg+xml", "text/plain"];

    /// <summary>One line per error output: cell number among code cells, exception name and value.</summary>
    public static IReadOnlyList<string> Errors(JsonObject notebook) =>
        Outputs(notebook)
            .Where(o => (string?)o.Output["output_type"] == "error")
            .Select(o => $"cell {o.Cell}: {(string?)o.Output["ename"]}: {(string?)o.Output["evalue"]}")
            .ToList();

    /// <summary>One line per output that loads or names a CDN, a remote script or require.js.</summary>
    public static IReadOnlyList<string> CdnReferences(JsonObject notebook)
    {
        var found = new List<string>();
        foreach (var (cell, output) in Outputs(notebook))
        {
            foreach (var mime in Scanned)
            {
                if (Text(output["data"]?[mime]) is not { } text)
                {
                    continue;
                }
                var scanned = WithoutPlotlyBundle(text);
                foreach (var (rule, pattern) in Rules)
                {
                    if (pattern.Match(scanned) is { Success: true } m)
                    {
                        found.Add($"cell {cell} ({mime}): {rule}: {m.Value}");
                    }
                }
            }
        }
        return found;
    }

    /// <summary>Outputs that draw a Plotly chart: the Plotly MIME type, or HTML that calls Plotly.newPlot/react.</summary>
    public static int ChartCount(JsonObject notebook) =>
        Outputs(notebook).Count(o => o.Output["data"]?["application/vnd.plotly.v1+json"] is not null
            || PlotlyCall().IsMatch(Text(o.Output["data"]?["text/html"]) ?? ""));

    private static readonly (string Rule, Regex Pattern)[] Rules =
    [
        ("remote <script src>", RemoteScript()),
        ("CDN host", CdnHost()),
        ("require.js", RequireJs()),
        ("remote .js", RemoteJs()),
    ];

    /// <summary>plotly.js inlined names a CDN in one default (topojsonURL); its body is left out of the scan.</summary>
    private static string WithoutPlotlyBundle(string text) => InlineScript().Replace(text,
        m => PlotlyBanner().IsMatch(m.Groups[2].Value) ? m.Groups[1].Value + "/* plotly.js */" + m.Groups[3].Value : m.Value);

    private static IEnumerable<(int Cell, JsonObject Output)> Outputs(JsonObject notebook) =>
        notebook["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "code")
            .SelectMany((c, i) => (c!["outputs"]?.AsArray() ?? []).Select(o => (i + 1, o!.AsObject())));

    private static string? Text(JsonNode? value) => value switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        null => null,
        _ => value.ToJsonString(),
    };

    [GeneratedRegex(@"(<script\b(?![^>]*\bsrc\s*=)[^>]*>)(.*?)(</script>)", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\*\s*plotly\.js v\d")]
    private static partial Regex PlotlyBanner();

    [GeneratedRegex(@"<script\b[^>]*\bsrc\s*=\s*[""']?\s*(?:https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteScript();

    [GeneratedRegex(@"\bcdn\.|\.cdn\b|cdnjs|jsdelivr|unpkg\.com", RegexOptions.IgnoreCase)]
    private static partial Regex CdnHost();

    [GeneratedRegex(@"\brequirejs\b|\brequire\.config\b", RegexOptions.IgnoreCase)]
    private static partial Regex RequireJs();

    [GeneratedRegex(@"https?://[^\s""'<>)]+\.js\b", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteJs();

    [GeneratedRegex(@"Plotly\.(newPlot|react)\s*\(")]
    private static partial Regex PlotlyCall();
}
