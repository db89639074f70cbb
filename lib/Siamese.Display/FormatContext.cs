namespace Siamese.Display;

/// <summary>
/// Formatting state of one display surface (one notebook kernel session, one HTML page): options, and
/// whether Plotly.js has been embedded yet. Thread-safe.
/// </summary>
public sealed class FormatContext
{
    /// <summary>Items shown before a collection's plain text is cut with an ellipsis.</summary>
    public const int DefaultMaxCollectionItems = 20;

    private readonly Lazy<string> plotlyScriptElement;
    private int plotlyEmbedded;

    /// <summary>Creates a context.</summary>
    /// <param name="plotlyEmbedding">How charts get Plotly.js.</param>
    /// <param name="plotlyScriptPath">plotly.min.js; null to <see cref="PlotlyScript.Locate"/> it on first use.</param>
    public FormatContext(PlotlyEmbedding plotlyEmbedding = PlotlyEmbedding.InlineOnce, string? plotlyScriptPath = null)
    {
        PlotlyEmbedding = plotlyEmbedding;
        plotlyScriptElement = new Lazy<string>(() => PlotlyScript.ScriptElement(plotlyScriptPath ?? PlotlyScript.Locate()));
    }

    /// <summary>How charts get Plotly.js.</summary>
    public PlotlyEmbedding PlotlyEmbedding { get; }

    /// <summary>Items shown before a collection's plain text is cut.</summary>
    public int MaxCollectionItems { get; init; } = DefaultMaxCollectionItems;

    /// <summary>
    /// The script element a chart's HTML must carry to define <c>window.Plotly</c>, or an empty string when an
    /// earlier chart of this context already carried it (<see cref="PlotlyEmbedding.InlineOnce"/>) or the page
    /// provides it. Each call with a non-empty answer counts as the embedding.
    /// </summary>
    public string TakePlotlyScript() => PlotlyEmbedding switch
    {
        PlotlyEmbedding.External => "",
        PlotlyEmbedding.InlineAlways => plotlyScriptElement.Value,
        _ => Interlocked.Exchange(ref plotlyEmbedded, 1) == 0 ? plotlyScriptElement.Value : "",
    };
}
