using System.Net;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;
using static TorchSharp.torch;

namespace Siamese.Lib.Display;

/// <summary>
/// Registers the library's formatters with .NET Interactive's <see cref="Formatter"/>, which .NET Interactive uses
/// natively and our kernel formats through, so both show the same: Plotly.NET charts as offline HTML
/// (<see cref="PlotlyHtml"/>), DataFrames as plain tables (<see cref="DataFrameHtml"/>), tensors
/// (<see cref="TensorFormatters"/>), image grids, progress, markdown, and the set-up line that carries plotly.js.
/// Registered after the packages' own notebook extensions load (a setup cell's <c>#r</c> lines come first), so these
/// take precedence, e.g. over Microsoft.Data.Analysis's DataFrame formatter. Idempotent.
/// </summary>
public static class DisplayFormatters
{
    /// <summary>MIME type of HTML.</summary>
    public const string Html = "text/html";

    /// <summary>MIME type of plain text.</summary>
    public const string PlainText = "text/plain";

    /// <summary>MIME type of markdown.</summary>
    public const string Markdown = "text/markdown";

    private static readonly object Gate = new();
    private static bool registered;

    /// <summary>Whether <see cref="Register"/> has run in this process.</summary>
    public static bool IsRegistered
    {
        get
        {
            lock (Gate)
            {
                return registered;
            }
        }
    }

    /// <summary>Registers every formatter once per process.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (registered)
            {
                return;
            }
            Formatter.Register<GenericChart>((chart, writer) => writer.Write(PlotlyHtml.Shared.Render(chart)), Html);
            // Formatting's default text of a chart dumps its layout, CDN address included; a front end shows the HTML.
            Formatter.Register<GenericChart>((_, writer) => writer.Write("(a Plotly chart)"), PlainText);
            Formatter.Register<DataFrame>((frame, writer) => writer.Write(DataFrameHtml.Render(frame)), Html);
            Formatter.Register<Tensor>((tensor, writer) => writer.Write(TensorFormatters.PlainText(tensor)), PlainText);
            Formatter.Register<Tensor>((tensor, writer) => writer.Write(TensorFormatters.Html(tensor)), Html);
            Formatter.Register<ImageGrid>((grid, writer) => writer.Write(grid.ToHtml()), Html);
            Formatter.Register<ProgressState>((state, writer) => writer.Write(state.ToHtml()), Html);
            Formatter.Register<ProgressState>((state, writer) => writer.Write(state.ToString()), PlainText);
            Formatter.Register<MarkdownText>((text, writer) => writer.Write(text.Text), Markdown);
            Formatter.Register<MarkdownText>((text, writer) => writer.Write(text.Text), PlainText);
            Formatter.SetPreferredMimeTypesFor(typeof(MarkdownText), Markdown, PlainText);
            Formatter.Register<NotebookInfo>((info, writer) =>
                writer.Write(PlotlyHtml.Shared.Library() + "<div>" + WebUtility.HtmlEncode(info.ToString()) + "</div>"), Html);
            Formatter.Register<NotebookInfo>((info, writer) => writer.Write(info.ToString()), PlainText);
            Formatter.Register<LiveChart>((live, writer) => writer.Write(LiveChartHtml(live)), Html);
            Formatter.Register<LiveChart>((live, writer) => writer.Write($"{live.Count} points"), PlainText);
            Formatter.Register<Models.ModelSummary>((summary, writer) =>
                writer.Write("<pre>" + WebUtility.HtmlEncode(summary.ToString()) + "</pre>"), Html);
            Formatter.Register<Models.ModelSummary>((summary, writer) => writer.Write(summary.ToString()), PlainText);
            registered = true;
        }
    }

    /// <summary>
    /// A <see cref="LiveChart"/> at the end of its cell: where it was drawn in place (our kernel) a last redraw
    /// and a one-line note, so the chart is not shown twice; elsewhere the final chart.
    /// </summary>
    private static string LiveChartHtml(LiveChart live)
    {
        if (!live.ShownLive)
        {
            return PlotlyHtml.Shared.Render(live.Chart());
        }
        live.Finish();
        return $"<div>(the chart above, drawn while the loop ran, now shows all {live.Count} points)</div>";
    }
}
