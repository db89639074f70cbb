using Siamese.Kernel.Tests.Infrastructure;

namespace Siamese.Kernel.Tests;

/// <summary>The shell, IOPub, stdin and heartbeat channels, seen by Jupyter's own client.</summary>
[Collection(KernelCollection.Name)]
public class KernelProtocolTests(SharedKernel kernel)
{
    private KernelDriver Driver => kernel.Driver;

    [Fact]
    public void KernelInfoDescribesCSharp()
    {
        var info = Driver.Request("kernel_info_request", new { });
        Assert.Equal("kernel_info_reply", info.ReplyType);
        Assert.Equal("5.3", info.Reply["protocol_version"]!.GetValue<string>());
        Assert.Equal("csharp", info.Reply["language_info"]!["name"]!.GetValue<string>());
        Assert.Equal(".cs", info.Reply["language_info"]!["file_extension"]!.GetValue<string>());
        Assert.Equal("csharp", info.Reply["language_info"]!["pygments_lexer"]!.GetValue<string>());
        Assert.Equal(["busy", "idle"], info.Of("status").Select(s => s["execution_state"]!.GetValue<string>()));
    }

    [Fact]
    public void ExecuteShowsTheLastValueBetweenBusyAndIdle()
    {
        var run = Driver.Execute("var answer = 6 * 7;\nanswer");
        Assert.Equal("ok", run.Status);
        Assert.Equal("42", run.Result());
        Assert.Equal(["status", "execute_input", "execute_result", "status"], run.Iopub.Select(m => m.Type));
        Assert.Equal("busy", run.Iopub[0].Content["execution_state"]!.GetValue<string>());
        Assert.Equal("idle", run.Iopub[^1].Content["execution_state"]!.GetValue<string>());
        var count = run.Reply["execution_count"]!.GetValue<int>();
        Assert.Equal(count, run.Of("execute_result").Single()["execution_count"]!.GetValue<int>());
        Assert.Equal("84", Driver.Execute("answer * 2").Result()); // state carries across cells
    }

    [Fact]
    public void StatementsWithoutValueShowNothing()
    {
        var run = Driver.Execute("var unused = 1;");
        Assert.Equal("ok", run.Status);
        Assert.Empty(run.Of("execute_result"));
        Assert.Empty(Driver.Execute("Console.Write(\"\")").Of("execute_result"));
    }

    [Fact]
    public void StdoutAndStderrArriveInOrderBeforeTheResult()
    {
        var run = Driver.Execute("Console.WriteLine(\"one\"); Console.Error.WriteLine(\"two\"); Console.Write(\"three\\n\"); 4");
        var streams = run.Iopub.Where(m => m.Type is "stream" or "execute_result").ToList();
        Assert.Equal(["stream", "stream", "stream", "execute_result"], streams.Select(m => m.Type));
        Assert.Equal(["stdout:one\n", "stderr:two\n", "stdout:three\n"],
            streams.Take(3).Select(m => $"{m.Content["name"]}:{m.Content["text"]}"));
    }

    [Fact]
    public void OutputFromOtherThreadsAndTasksIsCaptured()
    {
        var run = Driver.Execute(
            "var t = new System.Threading.Thread(() => { for (var i = 0; i < 3; i++) Console.WriteLine($\"thread {i}\"); });\n" +
            "t.Start(); t.Join();\n" +
            "await Task.Run(() => Console.Error.WriteLine(\"task\"));\n" +
            "Console.WriteLine(\"cell\");");
        Assert.Equal("thread 0\nthread 1\nthread 2\ncell\n", run.Stream("stdout"));
        Assert.Equal("task\n", run.Stream("stderr"));
        var order = run.Of("stream").Select(s => s["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["stdout", "stderr", "stdout"], order);
    }

    [Fact]
    public void TopLevelAwaitWorks()
    {
        var run = Driver.Execute("await Task.Delay(10);\nawait Task.FromResult(\"awaited\")");
        Assert.Equal("ok", run.Status);
        Assert.Equal("awaited", run.Result());
    }

    [Fact]
    public void DisplayThenUpdateShareOneDisplayId()
    {
        var run = Driver.Execute("var handle = display(1);\nhandle.Update(\"two\");");
        var shown = run.Of("display_data").Single();
        var updated = run.Of("update_display_data").Single();
        var id = shown["transient"]!["display_id"]!.GetValue<string>();
        Assert.False(string.IsNullOrEmpty(id));
        Assert.Equal(id, updated["transient"]!["display_id"]!.GetValue<string>());
        Assert.Equal("1", shown["data"]!["text/plain"]!.GetValue<string>());
        Assert.Equal("two", updated["data"]!["text/plain"]!.GetValue<string>());
        var types = run.Iopub.Select(m => m.Type).ToList();
        Assert.True(types.IndexOf("display_data") < types.IndexOf("update_display_data"));
        Assert.Empty(run.Of("execute_result"));
    }

    [Fact]
    public void CompileErrorPointsAtTheCellLineAndTheKernelGoesOn()
    {
        var run = Driver.Execute("var fine = 1;\nvar broken = notDefined + 1;");
        Assert.Equal("error", run.Status);
        var error = run.Error!;
        Assert.Equal("CompilationError", error["ename"]!.GetValue<string>());
        Assert.StartsWith("(2,14): error CS0103", error["evalue"]!.GetValue<string>());
        Assert.Contains("notDefined", error["evalue"]!.GetValue<string>());
        Assert.Equal("ok", Driver.Execute("1 + 1").Status);
    }

    [Fact]
    public void CompileErrorPositionsIgnoreTheInterruptInstrumentation()
    {
        var run = Driver.Execute("for (var i = 0; i < 2; i++)\n    Console.WriteLine(i);\nwhile (false) { }\nundefinedName();");
        Assert.StartsWith("(4,1): error CS0103", run.Error!["evalue"]!.GetValue<string>());
    }

    [Fact]
    public void RuntimeErrorHasTypeMessageAndATracebackInTheCell()
    {
        var run = Driver.Execute("int Divide(int a, int b) => a / b;\nvar zero = 0;\nDivide(1, zero)");
        Assert.Equal("error", run.Status);
        var error = run.Error!;
        Assert.Equal("DivideByZeroException", error["ename"]!.GetValue<string>());
        Assert.Equal("Attempted to divide by zero.", error["evalue"]!.GetValue<string>());
        var traceback = error["traceback"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
        Assert.Contains(traceback, t => t.Contains("Divide(Int32, Int32)") && t.Contains("line 1"));
        Assert.Contains(traceback, t => t.Contains("<cell>") && t.Contains("line 3"));
        Assert.DoesNotContain(traceback, t => t.Contains("Microsoft.CodeAnalysis"));
        Assert.Equal(error["ename"]!.GetValue<string>(), run.Reply["ename"]!.GetValue<string>());
        Assert.Equal("3", Driver.Execute("1 + 2").Result());
    }

    [Fact]
    public void VariablesSetBeforeAThrowSurvive()
    {
        Driver.Execute("var before = 5;\nthrow new InvalidOperationException(\"boom\");");
        Assert.Equal("5", Driver.Execute("before").Result());
    }

    [Fact]
    public void CompletionListsStringMembers()
    {
        var code = "\"abc\".";
        var reply = Driver.Request("complete_request", new { code, cursor_pos = code.Length });
        Assert.Equal("ok", reply.Status);
        var matches = reply.Reply["matches"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        Assert.Contains("Length", matches);
        Assert.Contains("Substring", matches);
        Assert.DoesNotContain("IsNullOrEmpty", matches); // static members are not offered on an instance
        Assert.Equal(code.Length, reply.Reply["cursor_start"]!.GetValue<int>());
        Assert.Equal(code.Length, reply.Reply["cursor_end"]!.GetValue<int>());
    }

    [Fact]
    public void CompletionFiltersByPrefixAndSeesEarlierCells()
    {
        Driver.Execute("var completionTarget = new List<int>();");
        var code = "completionTarget.Ad";
        var reply = Driver.Request("complete_request", new { code, cursor_pos = code.Length });
        var matches = reply.Reply["matches"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        Assert.Contains("Add", matches);
        Assert.Contains("AddRange", matches);
        Assert.All(matches, m => Assert.StartsWith("Ad", m, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(code.Length - 2, reply.Reply["cursor_start"]!.GetValue<int>());

        var names = Driver.Request("complete_request", new { code = "completionTa", cursor_pos = 12 });
        Assert.Contains("completionTarget", names.Reply["matches"]!.AsArray().Select(m => m!.GetValue<string>()));
    }

    [Fact]
    public void InspectShowsTypeAndDocumentation()
    {
        var code = "\"abc\".Length";
        var reply = Driver.Request("inspect_request", new { code, cursor_pos = 8, detail_level = 0 });
        Assert.True(reply.Reply["found"]!.GetValue<bool>());
        var text = reply.Reply["data"]!["text/plain"]!.GetValue<string>();
        Assert.Contains("string.Length", text);
        Assert.Contains("int", text);
    }

    [Theory]
    [InlineData("var x = 1;", "complete")]
    [InlineData("for (var i = 0; i < 3; i++) {", "incomplete")]
    [InlineData("var s = \"unterminated", "incomplete")]
    public void IsCompleteTellsWhetherEnterRuns(string code, string status) =>
        Assert.Equal(status, Driver.Request("is_complete_request", new { code }).Reply["status"]!.GetValue<string>());

    [Fact]
    public void CommInfoAndHistoryAnswer()
    {
        var comms = Driver.Request("comm_info_request", new { });
        Assert.Equal("ok", comms.Status);
        Assert.Empty(comms.Reply["comms"]!.AsObject());
        Driver.Execute("var forHistory = 1;");
        var history = Driver.Request("history_request", new { output = false, raw = true, hist_access_type = "tail", n = 100 });
        Assert.Equal("ok", history.Status);
        Assert.Contains(history.Reply["history"]!.AsArray(), h => h![2]!.GetValue<string>() == "var forHistory = 1;");
    }

    [Fact]
    public void ReadLineAsksTheFrontEnd()
    {
        var run = new KernelMessages(Driver.Send(new { op = "stdin", code = "var line = Console.ReadLine();\nline.ToUpperInvariant()", value = "hello" }));
        Assert.NotNull(run.Raw["input_request"]);
        Assert.Equal("HELLO", run.Result());
    }

    [Fact]
    public void MessagesWithABadSignatureAreNotExecuted()
    {
        var forged = new KernelMessages(Driver.Send(new { op = "bad_signature", code = "var forged = 1;" }));
        Assert.Null(forged.Raw["reply"]);
        Assert.Empty(forged.Iopub);
        var check = Driver.Execute("forged");
        Assert.Equal("error", check.Status);
        Assert.Contains("CS0103", check.Error!["evalue"]!.GetValue<string>());
    }

    [Fact]
    public void HeartbeatBeats()
    {
        var beat = Driver.Send(new { op = "heartbeat" });
        Assert.True(beat["alive"]!.GetValue<bool>());
        Assert.True(beat["beating"]!.GetValue<bool>());
    }

    [Fact]
    public void SilentExecutionPublishesNoOutputs()
    {
        var run = Driver.Execute("Console.WriteLine(\"quiet\"); 5", silent: true);
        Assert.Equal("ok", run.Status);
        Assert.Empty(run.Of("execute_input"));
        Assert.Empty(run.Of("execute_result"));
    }
}
