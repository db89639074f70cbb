using Siamese.Kernel.Tests.Infrastructure;

namespace Siamese.Kernel.Tests;

/// <summary>
/// Values are formatted by Microsoft.DotNet.Interactive.Formatting, as in .NET Interactive; display handles and the
/// AppContext hook replace an output in place.
/// </summary>
[Collection(KernelCollection.Name)]
public class KernelDisplayTests(SharedKernel kernel)
{
    private KernelDriver Driver => kernel.Driver;

    [Fact]
    public void ARegisteredHtmlFormatterIsUsedWithTextPlainBesideIt()
    {
        var run = Driver.Execute(
            "using Microsoft.DotNet.Interactive.Formatting;\n" +
            "record Kelvin(double Degrees);\n" +
            "Formatter.Register<Kelvin>(k => $\"<i>{k.Degrees} K</i>\", \"text/html\");\n" +
            "new Kelvin(300)");
        Assert.Equal("ok", run.Status);
        Assert.Equal("<i>300 K</i>", run.Result("text/html"));
        Assert.Contains("300", run.Result());
    }

    [Fact]
    public void PreferredMimeTypesDecideWhatIsSent()
    {
        var run = Driver.Execute(
            "using Microsoft.DotNet.Interactive.Formatting;\n" +
            "record Note(string Text);\n" +
            "Formatter.Register<Note>(n => $\"*{n.Text}*\", \"text/markdown\");\n" +
            "Formatter.SetPreferredMimeTypesFor(typeof(Note), \"text/markdown\");\n" +
            "new Note(\"hi\")");
        var data = run.Of("execute_result").Single()["data"]!.AsObject();
        Assert.Equal(["text/markdown", "text/plain"], data.Select(p => p.Key));
        Assert.Equal("*hi*", data["text/markdown"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("\"text\"", "text")]
    [InlineData("6 * 7", "42")]
    [InlineData("2.5", "2.5")]
    [InlineData("true", "True")]
    public void StringsAndPrimitivesAreTextPlainOnly(string code, string expected)
    {
        var data = Driver.Execute(code).Of("execute_result").Single()["data"]!.AsObject();
        Assert.Equal(["text/plain"], data.Select(p => p.Key));
        Assert.Equal(expected, data["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void ObjectsGetTheRegistrysHtmlAndTextPlain()
    {
        var data = Driver.Execute("new List<int> { 1, 2, 3 }").Of("execute_result").Single()["data"]!.AsObject();
        Assert.Contains("text/html", data.Select(p => p.Key));
        Assert.Contains("1, 2, 3", data["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void DisplayWithMimeTypesRendersThoseTypes()
    {
        var shown = Driver.Execute("display(\"<b>x</b>\", \"text/html\");").Of("display_data").Single();
        Assert.Equal("<b>x</b>", shown["data"]!["text/html"]!.GetValue<string>());
        Assert.NotNull(shown["data"]!["text/plain"]);
    }

    [Fact]
    public void HtmlAndMarkdownHelpersShowTheirTypes()
    {
        var run = Driver.Execute("html(\"<p>a</p>\");\nmarkdown(\"**b**\");");
        var shown = run.Of("display_data").ToList();
        Assert.Equal("<p>a</p>", shown[0]["data"]!["text/html"]!.GetValue<string>());
        Assert.Equal("**b**", shown[1]["data"]!["text/markdown"]!.GetValue<string>());
    }

    [Fact]
    public void AppContextHookShowsAndReplacesInPlace()
    {
        var run = Driver.Execute(
            "var show = (Func<object?, Action<object?>>)AppContext.GetData(\"Siamese.Kernel.Display\")!;\n" +
            "var replace = show(\"epoch 1\");\n" +
            "replace(\"epoch 2\");\n" +
            "replace(\"epoch 3\");");
        Assert.Equal("ok", run.Status);
        var shown = run.Of("display_data").Single();
        var updates = run.Of("update_display_data").ToList();
        var id = shown["transient"]!["display_id"]!.GetValue<string>();
        Assert.Equal("epoch 1", shown["data"]!["text/plain"]!.GetValue<string>());
        Assert.Equal(["epoch 2", "epoch 3"], updates.Select(u => u["data"]!["text/plain"]!.GetValue<string>()));
        Assert.All(updates, u => Assert.Equal(id, u["transient"]!["display_id"]!.GetValue<string>()));
    }

    [Fact]
    public void FormattingPackagesOwnDisplayIsShown()
    {
        var run = Driver.Execute("var shownValue = System.DisplayExtensions.Display(\"first\");\nshownValue.Update(\"second\");");
        Assert.Equal("ok", run.Status);
        Assert.Equal("first", run.Of("display_data").Single()["data"]!["text/plain"]!.GetValue<string>());
        Assert.Equal("second", run.Of("update_display_data").Single()["data"]!["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void AFormatterThatThrowsIsACellErrorNotADeadKernel()
    {
        var run = Driver.Execute(
            "using Microsoft.DotNet.Interactive.Formatting;\n" +
            "record Broken(int X);\n" +
            "Formatter.Register<Broken>(b => throw new InvalidOperationException(\"bad formatter\"), \"text/html\");\n" +
            "new Broken(1)");
        Assert.Contains("bad formatter", run.ToString());
        Assert.Equal("2", Driver.Execute("1 + 1").Result());
    }
}
