using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Siamese.Kernel.Display;

namespace Siamese.Kernel.Server;

/// <summary>
/// IPython's help syntax, <c>name?</c> (e.g. <c>Console.WriteLine?</c>): a cell that is only a symbol or member
/// path followed by <c>?</c> shows that symbol's documentation in the front end's pager instead of running. It
/// cannot clash with C#: a lone trailing <c>?</c> is never valid code.
/// </summary>
internal static partial class HelpRequest
{
    /// <summary>Whether <paramref name="code"/> is a help request, and for which name.</summary>
    public static bool TryParse(string code, out string name)
    {
        var match = Pattern().Match(code.Trim());
        name = match.Success ? match.Groups["name"].Value : "";
        return match.Success;
    }

    /// <summary>
    /// The <c>execute_reply</c> payload that opens the pager (classic Notebook's bottom pane, JupyterLab's
    /// output area, jupyter console's text) with <paramref name="text"/>.
    /// </summary>
    public static JsonObject PagePayload(string text) => new()
    {
        ["source"] = "page",
        ["data"] = new JsonObject { [MimeTypes.PlainText] = text },
        ["start"] = 0,
    };

    [GeneratedRegex(@"^(?<name>[\p{L}_][\p{L}\p{Nd}_]*(\s*\.\s*[\p{L}_][\p{L}\p{Nd}_]*)*)\s*\?$")]
    private static partial Regex Pattern();
}
