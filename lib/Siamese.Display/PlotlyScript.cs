namespace Siamese.Display;

/// <summary>
/// Finds the offline copy of Plotly.js (npm <c>plotly.js-dist-min</c>, installed by
/// <c>environment/setup.d/20-kernel.sh</c> into <c>lib/Siamese.Display/node_modules</c>, never committed).
/// </summary>
public static class PlotlyScript
{
    /// <summary>Environment variable naming plotly.min.js explicitly (the kernelspec sets it).</summary>
    public const string PathVariable = "SIAMESE_PLOTLY_JS";

    /// <summary>The CDN copy of the pinned version, used only when no local copy exists (needs the network).</summary>
    public const string CdnUrl = "https://cdn.plot.ly/plotly-" + Version + ".min.js";

    /// <summary>The pinned Plotly.js version (lib/Siamese.Display/package.json).</summary>
    public const string Version = "4.1.2";

    private static readonly string[] RelativeCandidates =
    [
        Path.Combine("lib", "Siamese.Display", "node_modules", "plotly.js-dist-min", "plotly.min.js"),
        Path.Combine("node_modules", "plotly.js-dist-min", "plotly.min.js"),
    ];

    /// <summary>
    /// The path of plotly.min.js: <see cref="PathVariable"/> if set and present, else the first match walking up
    /// from this assembly's folder and the current directory; null when there is none.
    /// </summary>
    public static string? Locate()
    {
        var explicitPath = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrEmpty(explicitPath) && File.Exists(explicitPath))
        {
            return explicitPath;
        }
        var starts = new[] { Path.GetDirectoryName(typeof(PlotlyScript).Assembly.Location), Environment.CurrentDirectory };
        foreach (var start in starts)
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                foreach (var relative in RelativeCandidates)
                {
                    var candidate = Path.Combine(dir.FullName, relative);
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }
        }
        return null;
    }

    /// <summary>
    /// A <c>&lt;script&gt;</c> element defining <c>window.Plotly</c>: the library inlined when
    /// <paramref name="path"/> exists, else a CDN reference with a visible note.
    /// </summary>
    /// <param name="path">plotly.min.js, or null.</param>
    public static string ScriptElement(string? path)
    {
        if (path is null || !File.Exists(path))
        {
            return $"<script src=\"{CdnUrl}\"></script>" +
                   "<!-- Siamese.Display: no local plotly.min.js (run environment/setup.sh); using the CDN -->";
        }
        var source = File.ReadAllText(path).Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
        // Shadowing module/exports/define keeps the UMD wrapper from registering with require.js or CommonJS
        // (classic Jupyter loads require.js); the bundle then sets window.Plotly itself.
        return "<script type=\"text/javascript\">(function(module, exports, define) {\n" + source +
               "\n}).call(window);</script>";
    }
}
