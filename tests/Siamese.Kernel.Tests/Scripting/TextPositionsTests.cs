using Siamese.Kernel.Scripting;

namespace Siamese.Kernel.Tests.Scripting;

public class TextPositionsTests
{
    [Theory]
    [InlineData("abc", 2, 2)]
    [InlineData("😀ab", 1, 2)] // one code point, two UTF-16 units
    [InlineData("😀ab", 3, 4)]
    [InlineData("a😀b😀", 4, 6)]
    public void ConvertsCodePointsToUtf16AndBack(string text, int codePoints, int utf16)
    {
        Assert.Equal(utf16, TextPositions.ToUtf16(text, codePoints));
        Assert.Equal(codePoints, TextPositions.ToCodePoints(text, utf16));
    }
}
