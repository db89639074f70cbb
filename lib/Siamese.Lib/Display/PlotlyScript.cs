using Plotly.NET;

namespace Siamese.Lib.Display;

/// <summary>
/// plotly.js as a <c>&lt;script&gt;</c> element, from the copy Plotly.NET.dll embeds (resource
/// <c>Plotly.NET.plotly-2.28.0.min.js</c>), so that charts render offline: no CDN, no require.js. The bundle is a
/// UMD module; it is wrapped in a function whose <c>module</c>, <c>exports</c> and <c>define</c> parameters are
/// undefined, so that under classic Jupyter's require.js it still sets <c>window.Plotly</c> instead of registering
/// an AMD module nobody asks for.
/// </summary>
internal static class PlotlyScript
{
    private const string ResourcePrefix = "Plotly.NET.plotly-";
    private const string ResourceSuffix = ".min.js";

    private static readonly Lazy<string> Source = new(Load);

    /// <summary>The name of the embedded resource the script comes from.</summary>
    public static string ResourceName { get; } = typeof(GenericChart).Assembly.GetManifestResourceNames()
        .SingleOrDefault(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(ResourceSuffix, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"Plotly.NET.dll embeds no {ResourcePrefix}*{ResourceSuffix}: charts cannot render offline.");

    /// <summary>The plotly.js version, from the resource name (e.g. 2.28.0).</summary>
    public static string Version => ResourceName[ResourcePrefix.Length..^ResourceSuffix.Length];

    /// <summary>The script element that defines <c>window.Plotly</c> (about 3.5 MB).</summary>
    public static string Element => Source.Value;

    private static string Load()
    {
        using var stream = typeof(GenericChart).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"cannot open the resource {ResourceName} of Plotly.NET.dll");
        using var reader = new StreamReader(stream);
        var code = reader.ReadToEnd().Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
        return "<script type=\"text/javascript\">(function (module, exports, define) {\n" + code +
               "\n}).call(window);</script>";
    }
}
