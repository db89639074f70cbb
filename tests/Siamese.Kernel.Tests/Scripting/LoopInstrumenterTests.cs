using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Siamese.Kernel.Scripting;

namespace Siamese.Kernel.Tests.Scripting;

public class LoopInstrumenterTests
{
    private static readonly CSharpParseOptions Script = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);
    private const string Check = LoopInstrumenter.CheckCall;

    [Theory]
    [InlineData("while (true) { }", "while (true) {" + Check + " }")]
    [InlineData("for (;;) x++;", "for (;;) {" + Check + "x++;}")]
    [InlineData("do y(); while (c);", "do {" + Check + "y();} while (c);")]
    [InlineData("foreach (var i in xs) { f(i); }", "foreach (var i in xs) {" + Check + " f(i); }")]
    [InlineData("while (a) while (b) z();", "while (a) {" + Check + "while (b) {" + Check + "z();}}")]
    [InlineData("var s = \"while (true) {}\"; // for (;;)", "var s = \"while (true) {}\"; // for (;;)")]
    public void ChecksEveryLoopBody(string code, string expected) =>
        Assert.Equal(expected, LoopInstrumenter.Instrument(code, Script).Code);

    [Fact]
    public void KeepsLineNumbersAndMapsPositionsBack()
    {
        var code = "var i = 0;\nwhile (i < 3)\n    i++;\nerror here";
        var (instrumented, map) = LoopInstrumenter.Instrument(code, Script);
        Assert.Equal(code.Split('\n').Length, instrumented.Split('\n').Length);
        var original = code.IndexOf("error", StringComparison.Ordinal);
        Assert.Equal(original, map.ToOriginal(instrumented.IndexOf("error", StringComparison.Ordinal)));
        Assert.Equal(code.IndexOf("i++", StringComparison.Ordinal), map.ToOriginal(instrumented.IndexOf(Check, StringComparison.Ordinal)));
        Assert.Equal(0, map.ToOriginal(0));
    }

    [Fact]
    public void CodeWithoutLoopsIsUnchanged()
    {
        var (code, map) = LoopInstrumenter.Instrument("Console.WriteLine(1);", Script);
        Assert.Equal("Console.WriteLine(1);", code);
        Assert.Same(PositionMap.Identity, map);
    }
}
