using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Siamese.Display.Charts;

/// <summary>
/// A Plotly figure: traces (<see cref="Data"/>) and <see cref="Layout"/>, as in Plotly.js. Shown as
/// <c>application/vnd.plotly.v1+json</c> (VS Code, JupyterLab) with a <c>text/html</c> fallback that draws it
/// with the offline Plotly.js (classic Jupyter, nbconvert HTML). Build one with <see cref="Chart"/> or by hand.
/// </summary>
public sealed class Figure : IDisplayable
{
    /// <summary>Height in pixels when the layout sets none.</summary>
    public const int DefaultHeight = 420;

    /// <summary>Creates an empty figure.</summary>
    /// <param name="title">The figure's title, if any.</param>
    public Figure(string? title = null)
    {
        if (title is not null)
        {
            Title = title;
        }
    }

    /// <summary>The traces (Plotly <c>data</c>), each a JSON object with a <c>type</c>.</summary>
    public JsonArray Data { get; } = [];

    /// <summary>The Plotly <c>layout</c> object (axes, title, size, annotations).</summary>
    public JsonObject Layout { get; } = [];

    /// <summary>The title (<c>layout.title.text</c>).</summary>
    public string? Title
    {
        get => Layout["title"]?["text"]?.GetValue<string>();
        set => Layout["title"] = value is null ? null : new JsonObject { ["text"] = value };
    }

    /// <summary>The height in pixels (<c>layout.height</c>, else <see cref="DefaultHeight"/>).</summary>
    public int Height
    {
        get => Layout["height"]?.GetValue<int>() ?? DefaultHeight;
        set => Layout["height"] = value;
    }

    /// <summary>Appends a trace.</summary>
    /// <param name="trace">A Plotly trace object.</param>
    /// <returns>This figure.</returns>
    public Figure AddTrace(JsonObject trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        Data.Add(trace);
        return this;
    }

    /// <summary>The figure as Plotly JSON: <c>{ "data": [...], "layout": {...} }</c> (a deep copy).</summary>
    public JsonObject ToJson() => new()
    {
        ["data"] = Data.DeepClone(),
        ["layout"] = Layout.DeepClone(),
    };

    /// <summary>
    /// An HTML fragment drawing the figure with Plotly.js: a div and a script, preceded by the library itself
    /// when <paramref name="context"/> says this chart must embed it (see <see cref="PlotlyEmbedding"/>).
    /// </summary>
    /// <param name="context">The display surface's state.</param>
    public string ToHtml(FormatContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = "siamese-plot-" + Guid.NewGuid().ToString("N");
        // The default encoder escapes <, > and &, so the JSON cannot close the script element.
        var json = ToJson().ToJsonString(new JsonSerializerOptions());
        var missing = WebUtility.HtmlEncode("Plotly.js is not loaded here. Run the notebook's first chart cell " +
                                            "again (it embeds the library), or run environment/setup.sh.");
        return context.TakePlotlyScript() +
               $"<div id=\"{id}\" class=\"siamese-plotly\" style=\"width:100%;height:{Height}px;\"></div>\n" +
               "<script type=\"text/javascript\">(function () {\n" +
               $"  var fig = {json};\n" +
               $"  var el = document.getElementById('{id}');\n" +
               "  function draw() { window.Plotly.newPlot(el, fig.data, fig.layout, {responsive: true}); }\n" +
               "  if (window.Plotly) { draw(); return; }\n" +
               "  var tries = 0, timer = setInterval(function () {\n" +
               "    if (window.Plotly) { clearInterval(timer); draw(); }\n" +
               $"    else if (++tries > 50) {{ clearInterval(timer); el.textContent = '{missing}'; }}\n" +
               "  }, 100);\n" +
               "})();</script>";
    }

    /// <inheritdoc />
    public MimeBundle ToMimeBundle(FormatContext context) => new MimeBundle()
        .Set(MimeTypes.Plotly, ToJson())
        .Set(MimeTypes.Html, ToHtml(context))
        .Set(MimeTypes.PlainText, ToString());

    /// <inheritdoc />
    public override string ToString()
    {
        var kinds = Data.Select(t => t?["type"]?.GetValue<string>() ?? "scatter");
        var title = Title is null ? "" : $" \"{Title}\"";
        return $"Figure{title}: {Data.Count} trace(s) ({string.Join(", ", kinds)})";
    }
}
