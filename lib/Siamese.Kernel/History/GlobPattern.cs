using System.Text;
using System.Text.RegularExpressions;

namespace Siamese.Kernel.History;

/// <summary>
/// A glob pattern as IPython's history search uses it (SQLite <c>GLOB</c>): <c>*</c> any text, <c>?</c> one
/// character, <c>[abc]</c>/<c>[a-z]</c> a set, <c>[^abc]</c> or <c>[!abc]</c> its complement; matched against
/// the whole input, case-sensitively, across lines.
/// </summary>
internal sealed class GlobPattern
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private readonly Regex regex;

    /// <summary>Compiles <paramref name="glob"/>; an unclosed <c>[</c> is taken literally.</summary>
    public GlobPattern(string glob) =>
        regex = new Regex(ToRegex(glob), RegexOptions.Singleline | RegexOptions.CultureInvariant, MatchTimeout);

    /// <summary>Whether the whole of <paramref name="text"/> matches the pattern.</summary>
    public bool Matches(string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string ToRegex(string glob)
    {
        var pattern = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '*':
                    pattern.Append(".*");
                    break;
                case '?':
                    pattern.Append('.');
                    break;
                case '[' when glob.IndexOf(']', i + 2) is var close and > 0:
                    pattern.Append(CharacterSet(glob[(i + 1)..close]));
                    i = close;
                    break;
                default:
                    pattern.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        return pattern.Append('$').ToString();
    }

    /// <summary>The body of a <c>[...]</c> set (without brackets) as a regex class.</summary>
    private static string CharacterSet(string body)
    {
        var negated = body.Length > 0 && (body[0] == '^' || body[0] == '!');
        var members = negated ? body[1..] : body;
        var escaped = new StringBuilder();
        foreach (var c in members)
        {
            escaped.Append(c is '-' ? "-" : Regex.Escape(c.ToString()).Replace("]", "\\]", StringComparison.Ordinal));
        }
        return (negated ? "[^" : "[") + escaped + "]";
    }
}
