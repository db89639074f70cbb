using Siamese.Kernel.Tests.Infrastructure;

namespace Siamese.Kernel.Tests;

/// <summary>
/// What real front ends rely on beyond single requests: "Run All" with <c>stop_on_error</c>, history for
/// jupyter console, <c>clear_output</c>, refused comms, the pager and the help links of <c>kernel_info</c>.
/// </summary>
[Collection(KernelCollection.Name)]
public class KernelFrontEndTests(SharedKernel kernel)
{
    /// <summary>Slow enough that the cells sent after it are queued in the kernel before it fails.</summary>
    private const string SlowFailingCell = "System.Threading.Thread.Sleep(500); throw new InvalidOperationException(\"first\");";

    /// <summary>How long to wait for a reply that must not come (comm_open has none).</summary>
    private const double NoReplyWaitSeconds = 3;

    private KernelDriver Driver => kernel.Driver;

    [Fact]
    public void RunAllAbortsTheCellsQueuedBehindAnError()
    {
        Assert.Equal("ok", Driver.Execute("var untouched = 1;").Status);
        var runs = Driver.ExecuteAll([SlowFailingCell, "untouched = 2;", "Console.WriteLine(\"ran\");", "var fromAborted = 3;"]);
        Assert.All(runs, r => Assert.False(r.TimedOut, r.ToString()));
        Assert.Equal("error", runs[0].Status);
        Assert.All(runs.Skip(1), r =>
        {
            Assert.Equal("aborted", r.Status);
            Assert.Empty(r.Of("execute_input"));
            Assert.Empty(r.Of("stream"));
            Assert.Equal(["busy", "idle"], r.Of("status").Select(s => s["execution_state"]!.GetValue<string>()));
        });
        Assert.Equal("1", Driver.Execute("untouched").Result());
        Assert.Equal("error", Driver.Execute("fromAborted").Status);
    }

    [Fact]
    public void WithoutStopOnErrorQueuedCellsRun()
    {
        var runs = Driver.ExecuteAll([SlowFailingCell, "var afterError = 5;"], stopOnError: false);
        Assert.Equal("error", runs[0].Status);
        Assert.Equal("ok", runs[1].Status);
        Assert.Equal("5", Driver.Execute("afterError").Result());
    }

    [Fact]
    public void HistorySearchFindsEarlierCells()
    {
        Driver.Execute("var searchedFor = 11;");
        var found = Driver.Request("history_request", new { output = false, raw = true, hist_access_type = "search", pattern = "var searchedFor*", unique = true });
        Assert.Equal("ok", found.Status);
        var entry = Assert.Single(found.Reply["history"]!.AsArray());
        Assert.Equal("var searchedFor = 11;", entry![2]!.GetValue<string>());
    }

    [Fact]
    public void ClearOutputHonoursWait()
    {
        var run = Driver.Execute("Console.WriteLine(\"old\"); clear_output(wait: true); Console.WriteLine(\"new\");");
        Assert.Equal("ok", run.Status);
        var types = run.Iopub.Select(m => m.Type).Where(t => t is "stream" or "clear_output").ToList();
        Assert.Equal(["stream", "clear_output", "stream"], types);
        Assert.True(Assert.Single(run.Of("clear_output"))["wait"]!.GetValue<bool>());
        Assert.False(Assert.Single(Driver.Execute("clear_output();").Of("clear_output"))["wait"]!.GetValue<bool>());
    }

    [Fact]
    public void CommOpenIsRefusedWithCommClose()
    {
        var open = Driver.Request("comm_open", new { comm_id = "c0ffee", target_name = "jupyter.widget", data = new { } }, timeout: NoReplyWaitSeconds);
        Assert.Null(open.Raw["reply"]?["content"]);
        Assert.Equal("c0ffee", Assert.Single(open.Of("comm_close"))["comm_id"]!.GetValue<string>());
        Assert.Equal("ok", Driver.Execute("1").Status);
    }

    [Fact]
    public void QuestionMarkPagesTheDocumentation()
    {
        var help = Driver.Execute("Console.WriteLine?");
        Assert.Equal("ok", help.Status);
        var page = Assert.Single(help.Reply["payload"]!.AsArray())!;
        Assert.Equal("page", page["source"]!.GetValue<string>());
        Assert.Contains("WriteLine", page["data"]!["text/plain"]!.GetValue<string>());
        Assert.Contains("not found", Driver.Execute("NoSuchThing?").Stream("stdout"));
    }

    [Fact]
    public void KernelInfoLinksTorchSharpDocs()
    {
        var info = Driver.Request("kernel_info_request", new { });
        var links = info.Reply["help_links"]!.AsArray();
        Assert.Contains(links, l => l!["url"]!.GetValue<string>() == "https://github.com/dotnet/TorchSharp");
        Assert.Contains(links, l => l!["url"]!.GetValue<string>().EndsWith("notebooks/README.md", StringComparison.Ordinal));
        Assert.Equal("text/x-csharp", info.Reply["language_info"]!["mimetype"]!.GetValue<string>());
    }
}
