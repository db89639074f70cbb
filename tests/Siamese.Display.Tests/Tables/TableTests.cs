using Siamese.Display.Tables;

namespace Siamese.Display.Tests.Tables;

public class TableTests
{
    private sealed record Result(string Model, int Parameters, double Accuracy, TimeSpan Time);

    private static readonly Result[] Results =
    [
        new("CNN <small>", 1234567, 0.91234, TimeSpan.FromSeconds(12.3)),
        new("LSTM, \"big\"", 98765, 0.8, TimeSpan.FromSeconds(245)),
    ];

    [Fact]
    public void ColumnsComeFromRecordPropertiesInDeclarationOrder()
    {
        var table = Table.From(Results);
        Assert.Equal(["Model", "Parameters", "Accuracy", "Time"], table.Columns.Select(c => c.Name));
        Assert.Equal([false, true, true, false], table.Columns.Select(c => c.IsNumeric));
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(0.91234, table.Rows[0][2]);
    }

    [Fact]
    public void HtmlFormatsNumbersAlignsAndEscapes()
    {
        var html = Table.From(Results, caption: "models & results").ToHtml();
        Assert.Contains("<caption>models &amp; results</caption>", html);
        Assert.Contains("<td style=\"text-align:left\">CNN &lt;small&gt;</td>", html);
        Assert.Contains("<td style=\"text-align:right\">1,234,567</td>", html);
        Assert.Contains("<td style=\"text-align:right\">0.9123</td>", html);
        Assert.Contains("<td style=\"text-align:left\">4 min 05 s</td>", html);
        Assert.Contains("<th style=\"text-align:right\">Accuracy</th>", html);
    }

    [Fact]
    public void CsvQuotesAndKeepsFullPrecision()
    {
        var csv = Table.From(Results).ToCsv();
        Assert.Equal(
            "Model,Parameters,Accuracy,Time\r\n" +
            "CNN <small>,1234567,0.91234,00:00:12.3000000\r\n" +
            "\"LSTM, \"\"big\"\"\",98765,0.8,00:04:05\r\n", csv);
    }

    [Fact]
    public void SaveCsvWritesUtf8WithoutBom()
    {
        var path = Path.Combine(Path.GetTempPath(), $"table-{Guid.NewGuid():N}.csv");
        try
        {
            Table.From(new[] { new { Name = "é", Value = 1.5 } }).SaveCsv(path);
            var bytes = File.ReadAllBytes(path);
            Assert.NotEqual(0xEF, bytes[0]);
            Assert.Equal("Name,Value\r\né,1.5\r\n", File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void DictionariesAnonymousObjectsAndScalarsTabulate()
    {
        var fromDictionaries = Table.From(new[]
        {
            new Dictionary<string, object?> { ["a"] = 1, ["b"] = "x" },
            new Dictionary<string, object?> { ["b"] = "y", ["c"] = 2.5 },
        });
        Assert.Equal(["a", "b", "c"], fromDictionaries.Columns.Select(c => c.Name));
        Assert.Null(fromDictionaries.Rows[1][0]);

        var anonymous = Table.From(new[] { new { Epoch = 1, Loss = 0.5 } });
        Assert.Equal(["Epoch", "Loss"], anonymous.Columns.Select(c => c.Name));

        var scalars = Table.From(new[] { 1.5, 2.5 });
        Assert.Equal(["Value"], scalars.Columns.Select(c => c.Name));
        Assert.Equal(2.5, scalars.Rows[1][0]);
    }

    [Fact]
    public void PlainTextAlignsColumns()
    {
        var text = Table.From(new[] { new { Name = "a", Score = 1.5 }, new { Name = "bbb", Score = 10.25 } }).ToPlainText();
        Assert.Equal("Name  Score\n----  -----\na       1.5\nbbb   10.25", text);
    }

    [Fact]
    public void DisplaysAsHtmlWithTextFallback()
    {
        var bundle = Formatter.Format(Table.From(Results));
        Assert.StartsWith("<table", bundle.GetText(MimeTypes.Html));
        Assert.StartsWith("Model", bundle.GetText(MimeTypes.PlainText));
    }

    [Fact]
    public void RowsMustMatchColumns() =>
        Assert.Throws<ArgumentException>(() => new Table(["a", "b"], [new object?[] { 1 }]));
}
