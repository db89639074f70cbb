using System.Text.RegularExpressions;
using Microsoft.Data.Analysis;
using Siamese.Lib.Display;

namespace Siamese.Lib.Tests.Display;

public class DataFrameHtmlTests
{
    private static string[] Cells(string html) =>
        Regex.Matches(html, "<td[^>]*>(.*?)</td>").Select(m => m.Groups[1].Value).ToArray();

    [Fact]
    public void NumbersAreReadableAndTextIsEncoded()
    {
        var frame = Tables.From(new[]
        {
            new { Model = "CNN <small>", Accuracy = 0.858812, Parameters = 1234567L, Auc = (double?)null },
        });
        var html = DataFrameHtml.Render(frame);
        Assert.Equal(["CNN &lt;small&gt;", "0.8588", "1,234,567", DataFrameHtml.Missing], Cells(html));
        Assert.Contains(">Accuracy</th>", html);
        Assert.Contains("text-align:right\">0.8588", html);
    }

    [Fact]
    public void LongFramesStopAfterTheRowLimitAndCountTheRest()
    {
        var frame = Tables.From(Enumerable.Range(0, DataFrameHtml.MaxRows + 7).Select(i => new { Index = i }));
        var html = DataFrameHtml.Render(frame);
        Assert.Equal(DataFrameHtml.MaxRows + 1, Cells(html).Length);
        Assert.Contains("… 7 more rows", html);
        Assert.DoesNotContain("more row", DataFrameHtml.Render(Tables.From(new[] { new { Index = 1 } })));
    }
}
