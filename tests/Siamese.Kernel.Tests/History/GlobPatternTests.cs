using Siamese.Kernel.History;

namespace Siamese.Kernel.Tests.History;

public class GlobPatternTests
{
    [Theory]
    [InlineData("6 *", "6 * 7", true)]
    [InlineData("6 *", "16 * 7", false)] // the whole input must match, as with SQLite GLOB
    [InlineData("*Sum*", "new[] { 1 }.Sum()", true)]
    [InlineData("var ?", "var x", true)]
    [InlineData("var ?", "var xy", false)]
    [InlineData("[ab]c", "bc", true)]
    [InlineData("[^ab]c", "bc", false)]
    [InlineData("[!ab]c", "zc", true)]
    [InlineData("[a-c]", "b", true)]
    [InlineData("a.b", "axb", false)] // regex characters are literal
    [InlineData("x", "X", false)] // case-sensitive
    [InlineData("*loop*", "for (;;)\n{ loop(); }", true)] // across lines
    [InlineData("[oops", "[oops", true)] // an unclosed set is literal
    public void MatchesLikeIPythonHistorySearch(string glob, string input, bool matches) =>
        Assert.Equal(matches, new GlobPattern(glob).Matches(input));
}
