using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Plotly.NET;

namespace Siamese.Lib.Display;

/// <summary>
/// Renders Plotly.NET charts as offline HTML for notebooks (Jupyter, VS Code, an nbconvert HTML export). plotly.js
/// (3.5 MB) is carried once: by <see cref="Library"/> (the output of <see cref="NotebookSetup.Initialize"/>, which
/// carries it every time it is shown) or, if nothing carried it yet, by the first chart. Every chart's script waits
/// for <c>window.Plotly</c> and then draws, so a page (live, re-opened or exported) that shows the carrier above
/// the charts renders them all; a chart left without the library says so instead of staying blank.
/// One instance per process is the formatter's (<see cref="Shared"/>); tests make their own.
/// </summary>
public sealed class PlotlyHtml
{
    /// <summary>How long a chart waits for plotly.js before it shows <see cref="MissingLibraryMessage"/>.</summary>
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    /// <summary>What a chart shows when plotly.js never arrives.</summary>
    public const string MissingLibraryMessage =
        "plotly.js is not loaded on this page: run the notebook's setup cell (NotebookSetup.Initialize()) and this cell again.";

    private const int PollMilliseconds = 100;

    /// <summary>Writes the message as a JavaScript string that reads as typed (the apostrophe unescaped).</summary>
    private static readonly JsonSerializerOptions MessageOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private int libraryWritten;

    /// <summary>The instance the registered <see cref="GenericChart"/> formatter uses.</summary>
    public static PlotlyHtml Shared { get; } = new();

    /// <summary>Whether this instance has written plotly.js (so later charts do not).</summary>
    public bool LibraryWritten => Volatile.Read(ref libraryWritten) != 0;

    /// <summary>The plotly.js script element, always; later charts then leave it out.</summary>
    public string Library()
    {
        Volatile.Write(ref libraryWritten, 1);
        return PlotlyScript.Element;
    }

    /// <summary>A chart's HTML, with plotly.js in front if this instance has not written it yet.</summary>
    /// <param name="chart">The chart.</param>
    public string Render(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var library = Interlocked.Exchange(ref libraryWritten, 1) == 0 ? PlotlyScript.Element : "";
        return library + ChartElement(chart);
    }

    /// <summary>
    /// A chart's HTML without the library: a <c>div</c> and a script that draws the figure (data, layout and config
    /// as Plotly.NET serialises them) once <c>window.Plotly</c> exists.
    /// </summary>
    /// <param name="chart">The chart.</param>
    public static string ChartElement(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var figure = JsonNode.Parse(GenericChart.toJson(chart))!.AsObject();
        var config = figure["config"] as JsonObject ?? [];
        config["displaylogo"] = false;
        figure["config"] = config;
        var id = "siamese-plot-" + Guid.NewGuid().ToString("N");
        var json = figure.ToJsonString().Replace("</", "<\\/", StringComparison.Ordinal);
        var tries = (int)(WaitLimit.TotalMilliseconds / PollMilliseconds);
        var message = JsonSerializer.Serialize(MissingLibraryMessage, MessageOptions);
        return string.Create(CultureInfo.InvariantCulture, $$"""
            <div id="{{id}}"></div>
            <script type="text/javascript">(function () {
              var figure = {{json}};
              var tries = {{tries}};
              function draw() {
                var element = document.getElementById("{{id}}");
                if (element && window.Plotly) { window.Plotly.newPlot(element, figure.data, figure.layout, figure.config); return; }
                if (--tries > 0) { setTimeout(draw, {{PollMilliseconds}}); return; }
                if (element) { element.textContent = {{message}}; }
              }
              draw();
            })();</script>
            """);
    }
}
