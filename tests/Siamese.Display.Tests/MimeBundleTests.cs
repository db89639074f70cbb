using System.Text.Json.Nodes;

namespace Siamese.Display.Tests;

public class MimeBundleTests
{
    [Fact]
    public void SetReplacesAndKeepsInsertionOrder()
    {
        var bundle = new MimeBundle().Set(MimeTypes.Html, "a").Set(MimeTypes.PlainText, "b").Set(MimeTypes.Html, "c");
        Assert.Equal([MimeTypes.Html, MimeTypes.PlainText], bundle.MimeTypes);
        Assert.Equal("c", bundle.GetText(MimeTypes.Html));
    }

    [Fact]
    public void ToJsonHoldsStringsAndJsonNodes()
    {
        var bundle = new MimeBundle().Set(MimeTypes.PlainText, "t").Set(MimeTypes.Json, new JsonObject { ["a"] = 1 });
        Assert.Equal("{\"text/plain\":\"t\",\"application/json\":{\"a\":1}}", bundle.ToJson().ToJsonString());
    }

    [Theory]
    [InlineData(MimeTypes.Json, true)]
    [InlineData(MimeTypes.Plotly, true)]
    [InlineData(MimeTypes.Html, false)]
    [InlineData(MimeTypes.Png, false)]
    public void JsonMimeTypesAreRecognised(string mime, bool isJson) => Assert.Equal(isJson, MimeTypes.IsJson(mime));

    [Fact]
    public void MissingTypeThrows() => Assert.Throws<KeyNotFoundException>(() => new MimeBundle()[MimeTypes.Png]);
}
