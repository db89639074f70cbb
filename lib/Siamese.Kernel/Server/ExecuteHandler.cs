using System.Text.Json.Nodes;
using Siamese.Kernel.Display;
using Siamese.Kernel.History;
using Siamese.Kernel.Output;
using Siamese.Kernel.Protocol;
using Siamese.Kernel.Scripting;

namespace Siamese.Kernel.Server;

/// <summary>
/// Answers <c>execute_request</c>: numbers the cell, records it in the history, runs it through
/// <see cref="CellRunner"/>, publishes <c>execute_input</c>, the result or the error, and builds the reply. Also
/// builds the <c>aborted</c> reply for requests that <c>stop_on_error</c> cancels.
/// </summary>
internal sealed class ExecuteHandler(
    IopubChannel iopub, OutputCapture output, CellRunner runner, SessionHistory history, Func<string, string?> documentation)
{
    private int executionCount;
    private volatile JupyterMessage? current;

    /// <summary>The execute request whose cell is running (its <c>allow_stdin</c> decides whether input works).</summary>
    public JupyterMessage? Current => current;

    /// <summary>Whether a reply is an error that, by its request's <c>stop_on_error</c>, aborts the queued cells.</summary>
    public static bool StopsQueue(JupyterMessage request, JsonObject reply) =>
        reply["status"]?.GetValue<string>() == "error" && (request.Content["stop_on_error"]?.GetValue<bool>() ?? true);

    /// <summary>
    /// The reply to an execute request cancelled by an earlier error: status <c>aborted</c>, no code run, no
    /// execution count used (as ipykernel does).
    /// </summary>
    public static JsonObject Aborted() => new() { ["status"] = "aborted" };

    /// <summary>Runs the request's code and returns the <c>execute_reply</c> content.</summary>
    public JsonObject Execute(JupyterMessage request)
    {
        var content = request.Content;
        var code = content["code"]?.GetValue<string>() ?? "";
        var silent = content["silent"]?.GetValue<bool>() ?? false;
        var storeHistory = !silent && (content["store_history"]?.GetValue<bool>() ?? true);
        if (storeHistory)
        {
            executionCount++;
        }
        var count = Math.Max(executionCount, 1);
        iopub.CurrentParent = request.Header;
        current = request;
        if (!silent)
        {
            iopub.Publish("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count });
        }
        if (storeHistory)
        {
            history.Add(count, code);
        }

        var payload = new JsonArray();
        var (outcome, result) = HelpRequest.TryParse(code, out var name)
            ? (Help(name, payload), null)
            : runner.Run(code, count);
        current = null;
        output.Flush();
        if (outcome.Status == CellStatus.Ok)
        {
            if (result is not null && !silent)
            {
                iopub.Publish("execute_result", new JsonObject
                {
                    ["execution_count"] = count,
                    ["data"] = result.ToJson(),
                    ["metadata"] = new JsonObject(),
                });
                if (storeHistory && result.TryGet(MimeTypes.PlainText, out var plain)
                    && plain is JsonValue value && value.TryGetValue<string>(out var text))
                {
                    history.SetOutput(count, text);
                }
            }
            return new JsonObject
            {
                ["status"] = "ok",
                ["execution_count"] = count,
                ["user_expressions"] = new JsonObject(),
                ["payload"] = payload,
            };
        }
        var error = outcome.Error!.ToContent();
        if (!silent)
        {
            iopub.Publish("error", (JsonObject)error.DeepClone());
        }
        error["status"] = "error";
        error["execution_count"] = count;
        return error;
    }

    /// <summary>Answers <c>name?</c>: the documentation goes to the pager, or a note to stdout when none is found.</summary>
    private CellOutcome Help(string name, JsonArray payload)
    {
        if (documentation(name) is { } text)
        {
            payload.Add(HelpRequest.PagePayload(text));
        }
        else
        {
            Console.Out.WriteLine($"Object `{name}` not found.");
        }
        return new CellOutcome(CellStatus.Ok, null, false, null, null);
    }
}
