using System.Text.Json;
using System.Text.Json.Nodes;
using Siamese.Kernel.History;

namespace Siamese.Kernel.Tests.History;

public class SessionHistoryTests
{
    private static SessionHistory Sample()
    {
        var history = new SessionHistory();
        string[] cells = ["var a = 1;", "a + 1", "var a = 1;", "Console.WriteLine(a);", "a * 10"];
        for (var i = 0; i < cells.Length; i++)
        {
            history.Add(i + 1, cells[i]);
        }
        history.SetOutput(2, "2");
        return history;
    }

    private static List<(int Session, int Line, JsonNode Input)> Ask(SessionHistory history, object request)
    {
        var reply = history.Reply(JsonSerializer.SerializeToNode(request)!.AsObject());
        Assert.Equal("ok", reply["status"]!.GetValue<string>());
        return [.. reply["history"]!.AsArray().Select(h => (h![0]!.GetValue<int>(), h[1]!.GetValue<int>(), h[2]!))];
    }

    [Fact]
    public void TailGivesTheLastNInOrder()
    {
        var tail = Ask(Sample(), new { hist_access_type = "tail", n = 2, output = false });
        Assert.Equal([4, 5], tail.Select(h => h.Line));
        Assert.All(tail, h => Assert.Equal(SessionHistory.CurrentSession, h.Session));
        Assert.Equal("a * 10", tail[1].Input.GetValue<string>());
    }

    [Fact]
    public void OutputPairsInputWithItsPlainTextResult()
    {
        var tail = Ask(Sample(), new { hist_access_type = "tail", n = 4, output = true });
        Assert.Equal("a + 1", tail[0].Input[0]!.GetValue<string>());
        Assert.Equal("2", tail[0].Input[1]!.GetValue<string>());
        Assert.Null(tail[1].Input[1]);
    }

    [Theory]
    [InlineData(0)] // IPython's "current session"
    [InlineData(SessionHistory.CurrentSession)]
    public void RangeIsStartInclusiveStopExclusive(int session)
    {
        var range = Ask(Sample(), new { hist_access_type = "range", session, start = 2, stop = 4 });
        Assert.Equal([2, 3], range.Select(h => h.Line));
        Assert.Equal([4, 5], Ask(Sample(), new { hist_access_type = "range", session, start = 4 }).Select(h => h.Line));
    }

    [Fact]
    public void EarlierSessionsAreEmpty() =>
        Assert.Empty(Ask(Sample(), new { hist_access_type = "range", session = -1, start = 1 }));

    [Fact]
    public void SearchFiltersByGlobWithUniqueAndN()
    {
        var history = Sample();
        Assert.Equal([1, 3], Ask(history, new { hist_access_type = "search", pattern = "var a*" }).Select(h => h.Line));
        Assert.Equal([3], Ask(history, new { hist_access_type = "search", pattern = "var a*", unique = true }).Select(h => h.Line));
        Assert.Equal([2, 5], Ask(history, new { hist_access_type = "search", pattern = "a ?*" }).Select(h => h.Line));
        Assert.Equal([5], Ask(history, new { hist_access_type = "search", pattern = "a*", n = 1 }).Select(h => h.Line));
    }

    [Fact]
    public void UnknownAccessTypeAnswersEmpty() =>
        Assert.Empty(Ask(Sample(), new { hist_access_type = "everything" }));
}
