using System.Text;

namespace Siamese.Lib.Data;

/// <summary>
/// The word tokenizer used with GloVe 6B vectors (whose vocabulary is lower-case and splits clitics the
/// Penn Treebank way). Rules, in order:
/// <list type="number">
/// <item>lower-case (invariant culture); the typographic apostrophe ’ counts as <c>'</c>;</item>
/// <item>a word is a run of letters, digits and apostrophes; every other character ends the word;</item>
/// <item>the clitics <c>n't 's 're 've 'll 'd 'm</c> at a word's end become separate tokens:
/// "don't" → do n't, "can't" → ca n't (as in GloVe), "it's" → it 's, "we'll" → we 'll;</item>
/// <item>any other apostrophe splits the word and is dropped ("o'clock" → o clock; quotes vanish);</item>
/// <item>punctuation (any other non-space character) is dropped, or, with <see cref="KeepPunctuation"/>,
/// kept as one-character tokens ("," "." "?"), which GloVe also has vectors for.</item>
/// </list>
/// These are the rules that produced the SICK/STS-B vocabulary of the shared GloVe subsets (MANIFEST.md).
/// </summary>
/// <param name="KeepPunctuation">Emit punctuation characters as tokens instead of dropping them.</param>
public sealed record Tokenizer(bool KeepPunctuation = false)
{
    private static readonly string[] Clitics = ["'s", "'re", "'ve", "'ll", "'d", "'m"];
    private const string Negation = "n't";

    /// <summary>The tokens of <paramref name="text"/>.</summary>
    public IReadOnlyList<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        foreach (var raw in text)
        {
            var ch = raw == '\u2019' ? '\'' : char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(ch) || ch == '\'')
            {
                word.Append(ch);
                continue;
            }
            Flush(word, tokens);
            if (KeepPunctuation && !char.IsWhiteSpace(ch) && !char.IsControl(ch))
            {
                tokens.Add(ch.ToString());
            }
        }
        Flush(word, tokens);
        return tokens;
    }

    private static void Flush(StringBuilder word, List<string> tokens)
    {
        if (word.Length == 0)
        {
            return;
        }
        var w = word.ToString();
        word.Clear();
        string? clitic = null;
        if (w.EndsWith(Negation, StringComparison.Ordinal) && w.Length > Negation.Length && w[^4] != '\'')
        {
            clitic = Negation;
        }
        else
        {
            clitic = Clitics.FirstOrDefault(c => w.EndsWith(c, StringComparison.Ordinal) && w.Length > c.Length && w[^(c.Length + 1)] != '\'');
        }
        var stem = clitic is null ? w : w[..^clitic.Length];
        tokens.AddRange(stem.Split('\'', StringSplitOptions.RemoveEmptyEntries));
        if (clitic is not null && stem.Trim('\'').Length > 0)
        {
            tokens.Add(clitic);
        }
    }
}
