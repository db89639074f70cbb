using System.Text.Json.Nodes;

namespace Siamese.Kernel.History;

/// <summary>
/// The inputs (and plain-text outputs) of the cells run in this kernel process, answering <c>history_request</c>
/// the way IPython does for its current session: <c>tail</c> (jupyter console's up-arrow), <c>range</c> and
/// <c>search</c> (glob, <c>unique</c>, <c>n</c>). The kernel keeps no history file, so only this session exists:
/// it is numbered <see cref="CurrentSession"/>, and 0 also means it (IPython's "current session"); earlier
/// sessions (negative offsets, other numbers) are empty.
/// </summary>
internal sealed class SessionHistory
{
    /// <summary>The number this kernel gives its one session in history replies.</summary>
    public const int CurrentSession = 1;

    /// <summary>How many entries <c>tail</c> returns when the request names no <c>n</c> (IPython's default).</summary>
    private const int DefaultTail = 10;

    private readonly object gate = new();
    private readonly List<HistoryEntry> entries = [];

    /// <summary>Records a cell before it runs (IPython stores the input even if the cell fails).</summary>
    public void Add(int line, string input)
    {
        lock (gate)
        {
            entries.Add(new HistoryEntry(line, input, null));
        }
    }

    /// <summary>Attaches the plain-text result of the cell numbered <paramref name="line"/>.</summary>
    public void SetOutput(int line, string output)
    {
        lock (gate)
        {
            var index = entries.FindLastIndex(e => e.Line == line);
            if (index >= 0)
            {
                entries[index] = entries[index] with { Output = output };
            }
        }
    }

    /// <summary>The content of the <c>history_reply</c> to a request's content.</summary>
    public JsonObject Reply(JsonObject request)
    {
        var output = request["output"]?.GetValue<bool>() ?? false;
        var selected = Select(request);
        return new JsonObject
        {
            ["status"] = "ok",
            ["history"] = new JsonArray([.. selected.Select(e => (JsonNode?)new JsonArray(
                CurrentSession, e.Line, output ? new JsonArray(e.Input, e.Output) : JsonValue.Create(e.Input)))]),
        };
    }

    private List<HistoryEntry> Select(JsonObject request)
    {
        List<HistoryEntry> all;
        lock (gate)
        {
            all = [.. entries];
        }
        var n = Number(request, "n");
        switch (request["hist_access_type"]?.GetValue<string>())
        {
            case "tail":
                return Last(all, n ?? DefaultTail);
            case "range":
                var session = Number(request, "session") ?? 0;
                if (session is not (0 or CurrentSession))
                {
                    return [];
                }
                var start = Number(request, "start") ?? 0;
                var stop = Number(request, "stop");
                return [.. all.Where(e => e.Line >= start && (stop is null || e.Line < stop))];
            case "search":
                var pattern = new GlobPattern(request["pattern"]?.GetValue<string>() ?? "*");
                var matches = all.Where(e => pattern.Matches(e.Input)).ToList();
                if (request["unique"]?.GetValue<bool>() ?? false)
                {
                    // The last occurrence of each input, in the order of those last occurrences.
                    matches = [.. matches.Where((e, i) => !matches.Skip(i + 1).Any(later => later.Input == e.Input))];
                }
                return n is { } count ? Last(matches, count) : matches;
            default:
                return [];
        }
    }

    /// <summary>An integer field of the request, or null when it is absent, null or not an integer.</summary>
    private static int? Number(JsonObject request, string name) =>
        request[name] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    private static List<HistoryEntry> Last(List<HistoryEntry> list, int n) =>
        n <= 0 ? [] : list.GetRange(Math.Max(0, list.Count - n), Math.Min(n, list.Count));
}
