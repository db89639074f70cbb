using System.Collections;
using System.Text.Json.Nodes;

namespace Siamese.Kernel.Display;

/// <summary>
/// The representations of one value, keyed by MIME type, in insertion order: the <c>data</c> field of
/// Jupyter's <c>display_data</c> and <c>execute_result</c> messages. Text types hold strings, JSON types
/// (<see cref="MimeTypes.IsJson"/>) hold JSON nodes, <c>image/png</c> holds base64.
/// </summary>
internal sealed class MimeBundle : IEnumerable<KeyValuePair<string, JsonNode>>
{
    private readonly List<KeyValuePair<string, JsonNode>> entries = [];

    /// <summary>How many representations the bundle has.</summary>
    public int Count => entries.Count;

    /// <summary>The MIME types present, in insertion order.</summary>
    public IEnumerable<string> MimeTypes => entries.Select(e => e.Key);

    /// <summary>The representation for <paramref name="mimeType"/>; throws <see cref="KeyNotFoundException"/> if absent.</summary>
    /// <param name="mimeType">A MIME type.</param>
    public JsonNode this[string mimeType] =>
        TryGet(mimeType, out var node) ? node : throw new KeyNotFoundException($"no '{mimeType}' representation");

    /// <summary>Whether the bundle has a representation for <paramref name="mimeType"/>.</summary>
    /// <param name="mimeType">A MIME type.</param>
    public bool Contains(string mimeType) => entries.Exists(e => e.Key == mimeType);

    /// <summary>Looks up a representation.</summary>
    /// <param name="mimeType">A MIME type.</param>
    /// <param name="node">The representation, when present.</param>
    public bool TryGet(string mimeType, out JsonNode node)
    {
        foreach (var e in entries)
        {
            if (e.Key == mimeType)
            {
                node = e.Value;
                return true;
            }
        }
        node = null!;
        return false;
    }

    /// <summary>The text of a string representation (text/plain, text/html, ...), or null when absent.</summary>
    /// <param name="mimeType">A text MIME type.</param>
    public string? GetText(string mimeType) => TryGet(mimeType, out var node) ? node.GetValue<string>() : null;

    /// <summary>Sets a text representation, replacing any earlier one of the same type.</summary>
    /// <param name="mimeType">A text MIME type.</param>
    /// <param name="text">The representation.</param>
    public MimeBundle Set(string mimeType, string text) => Set(mimeType, JsonValue.Create(text));

    /// <summary>Sets a representation, replacing any earlier one of the same type.</summary>
    /// <param name="mimeType">A MIME type.</param>
    /// <param name="node">A string node for text types, any JSON node for JSON types.</param>
    public MimeBundle Set(string mimeType, JsonNode node)
    {
        ArgumentException.ThrowIfNullOrEmpty(mimeType);
        ArgumentNullException.ThrowIfNull(node);
        var index = entries.FindIndex(e => e.Key == mimeType);
        var entry = KeyValuePair.Create(mimeType, node);
        if (index >= 0)
        {
            entries[index] = entry;
        }
        else
        {
            entries.Add(entry);
        }
        return this;
    }

    /// <summary>Adds the representations of <paramref name="other"/> that this bundle lacks.</summary>
    /// <param name="other">Representations of lower priority.</param>
    public MimeBundle AddMissing(MimeBundle other)
    {
        foreach (var (mime, node) in other)
        {
            if (!Contains(mime))
            {
                entries.Add(KeyValuePair.Create(mime, node.DeepClone()));
            }
        }
        return this;
    }

    /// <summary>The bundle as the JSON object of a Jupyter message's <c>data</c> field (a deep copy).</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject();
        foreach (var (mime, node) in entries)
        {
            json[mime] = node.DeepClone();
        }
        return json;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, JsonNode>> GetEnumerator() => entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
