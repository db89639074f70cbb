using Siamese.Kernel.Server;

namespace Siamese.Kernel.Tests.Server;

public class HelpRequestTests
{
    [Theory]
    [InlineData("Console.WriteLine?", "Console.WriteLine")]
    [InlineData("  Math . Max ?\n", "Math . Max")]
    [InlineData("x?", "x")]
    public void RecognisesNameQuestionMark(string code, string name)
    {
        Assert.True(HelpRequest.TryParse(code, out var parsed));
        Assert.Equal(name, parsed);
    }

    [Theory]
    [InlineData("a ? b : c")]
    [InlineData("x?.Length")]
    [InlineData("Console.WriteLine(1)?")]
    [InlineData("?")]
    [InlineData("int? x = null;")]
    public void LeavesCSharpAlone(string code) => Assert.False(HelpRequest.TryParse(code, out _));

    [Fact]
    public void PagePayloadCarriesPlainText()
    {
        var payload = HelpRequest.PagePayload("docs");
        Assert.Equal("page", payload["source"]!.GetValue<string>());
        Assert.Equal("docs", payload["data"]!["text/plain"]!.GetValue<string>());
    }
}
