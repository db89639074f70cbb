using Microsoft.DotNet.Interactive.Formatting;
using Siamese.Lib.Display;
using Siamese.Lib.Experiments;

namespace Siamese.Lib.Tests.Display;

public class DisplayFormattersTests
{
    public DisplayFormattersTests()
    {
        DisplayFormatters.Register();
        DisplayFormatters.Register();
    }

    [Fact]
    public void ChartsFormatAsOfflineHtml()
    {
        var html = Charts.Lines("t", "x", "y", ("a", [0.0, 1], [1.0, 2])).ToDisplayString(DisplayFormatters.Html);
        Assert.Contains("window.Plotly.newPlot", html);
        Assert.DoesNotContain("cdn.plot.ly/plotly", html);
        Assert.True(PlotlyHtml.Shared.LibraryWritten);
    }

    [Fact]
    public void DataFramesFormatAsTheLibrarysTable()
    {
        var frame = Tables.From(new[] { new { Model = "CNN", Accuracy = 0.858812 } });
        Assert.Equal(DataFrameHtml.Render(frame), frame.ToDisplayString(DisplayFormatters.Html));
    }

    [Fact]
    public void MarkdownIsSentAsMarkdownWithItsSource()
    {
        var markdown = Notebook.Markdown("accuracy **85.9%**");
        Assert.Equal("accuracy **85.9%**", markdown.ToDisplayString(DisplayFormatters.Markdown));
        Assert.Equal("accuracy **85.9%**", markdown.ToDisplayString(DisplayFormatters.PlainText));
        Assert.Equal(DisplayFormatters.Markdown, Formatter.GetPreferredMimeTypesFor(typeof(MarkdownText)).First());
    }

    [Fact]
    public void ImageGridsProgressAndTheSetupLineHaveHtml()
    {
        var grid = new ImageGrid([new ImageGridCell([new Siamese.Lib.Data.GrayImage(1, 1, [7])], "one")], 1);
        Assert.Equal(grid.ToHtml(), grid.ToDisplayString(DisplayFormatters.Html));
        var state = new ProgressState("t", 1, 2, 3, 4, null, [], TimeSpan.FromSeconds(1), false);
        Assert.Equal(state.ToHtml(), state.ToDisplayString(DisplayFormatters.Html));
        var info = new NotebookInfo(RunProfile.Quick, 2, false, NotebookSetup.NoNotebook);
        var html = info.ToDisplayString(DisplayFormatters.Html);
        Assert.Contains("window)", html);
        Assert.EndsWith("<div>profile Quick, libtorch threads 2, CUDA no, kernel no notebook</div>", html);
    }
}
