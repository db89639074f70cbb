namespace Siamese.Display.Tests;

public class DisplayHandleTests
{
    [Fact]
    public void ShowPublishesAndUpdateReplacesUnderTheSameId()
    {
        var publisher = new RecordingPublisher();
        var handle = DisplayContext.Show(1, publisher);
        handle.Update("two");
        Assert.Equal(2, publisher.Calls.Count);
        Assert.Equal(("display", handle.DisplayId), (publisher.Calls[0].Kind, publisher.Calls[0].Id));
        Assert.Equal(("update", handle.DisplayId), (publisher.Calls[1].Kind, publisher.Calls[1].Id));
        Assert.Equal("1", publisher.Calls[0].Bundle.GetText(MimeTypes.PlainText));
        Assert.Equal("two", publisher.Calls[1].Bundle.GetText(MimeTypes.PlainText));
    }

    [Fact]
    public void EachShowGetsItsOwnId()
    {
        var publisher = new RecordingPublisher();
        Assert.NotEqual(DisplayContext.Show(1, publisher).DisplayId, DisplayContext.Show(1, publisher).DisplayId);
    }

    [Fact]
    public void ConsolePublisherPrintsPlainText()
    {
        var writer = new StringWriter();
        DisplayContext.Show(new[] { 1, 2 }, new ConsoleDisplayPublisher(writer)).Update(3);
        Assert.Equal($"int[](2) {{ 1, 2 }}{Environment.NewLine}3{Environment.NewLine}", writer.ToString());
    }
}
