using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Formatting;

namespace Siamese.Kernel.Display;

/// <summary>
/// Turns a value into its Jupyter representations through Microsoft.DotNet.Interactive.Formatting, the registry
/// .NET Interactive uses: whatever a library registers there (<c>Formatter.Register&lt;T&gt;</c>,
/// <c>Formatter.SetPreferredMimeTypesFor</c>, <c>[TypeFormatterSource]</c>) shows the same in both kernels.
/// The value is rendered in each of its preferred MIME types, and text/plain is always added (the history, the
/// console and nbconvert's text export need it).
/// </summary>
internal static class ValueFormatter
{
    /// <summary>Types shown as text/plain alone, as .NET Interactive shows strings and primitives.</summary>
    private static readonly Type[] PlainTextTypes =
    [
        typeof(string), typeof(bool), typeof(char), typeof(byte), typeof(sbyte), typeof(short), typeof(ushort),
        typeof(int), typeof(uint), typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal),
        typeof(nint), typeof(nuint),
    ];

    /// <summary>
    /// Sets the kernel's defaults in the registry (once, at start-up): strings and primitives prefer text/plain.
    /// A library may still override any of them later with <c>Formatter.SetPreferredMimeTypesFor</c>.
    /// </summary>
    public static void Configure()
    {
        foreach (var type in PlainTextTypes)
        {
            Formatter.SetPreferredMimeTypesFor(type, PlainTextFormatter.MimeType);
        }
    }

    /// <summary>All representations of <paramref name="value"/>; text/plain is always present.</summary>
    /// <param name="value">Any value, null included.</param>
    /// <param name="mimeTypes">The MIME types wanted; none: the value's preferred ones.</param>
    public static MimeBundle Format(object? value, params IReadOnlyCollection<string> mimeTypes)
    {
        if (value is string text && mimeTypes.Count > 0)
        {
            // display("<b>x</b>", "text/html"): a string given with its MIME types is already in those formats.
            var given = new MimeBundle();
            foreach (var mimeType in mimeTypes)
            {
                given.Set(mimeType, Representation(mimeType, text));
            }
            return given.Contains(MimeTypes.PlainText) ? given : given.Set(MimeTypes.PlainText, text);
        }
        var bundle = new MimeBundle();
        if (value is not null)
        {
            var wanted = mimeTypes.Count > 0 ? mimeTypes : Formatter.GetPreferredMimeTypesFor(value.GetType());
            foreach (var mimeType in wanted)
            {
                bundle.Set(mimeType, Representation(mimeType, Formatter.ToDisplayString(value, mimeType)));
            }
        }
        if (!bundle.Contains(MimeTypes.PlainText))
        {
            bundle.Set(MimeTypes.PlainText, Formatter.ToDisplayString(value, PlainTextFormatter.MimeType));
        }
        return bundle;
    }

    /// <summary>A bundle of exactly one text representation (plus text/plain): <c>html(...)</c>, <c>markdown(...)</c>.</summary>
    /// <param name="mimeType">The MIME type of <paramref name="text"/>.</param>
    /// <param name="text">The representation; also its plain-text fallback.</param>
    public static MimeBundle Text(string mimeType, string text) =>
        new MimeBundle().Set(mimeType, text).Set(MimeTypes.PlainText, text);

    /// <summary>JSON MIME types travel as JSON nodes (Jupyter's rule); everything else as a string.</summary>
    private static JsonNode Representation(string mimeType, string text)
    {
        if (MimeTypes.IsJson(mimeType))
        {
            try
            {
                if (JsonNode.Parse(text) is { } node)
                {
                    return node;
                }
            }
            catch (JsonException)
            {
                // Not JSON after all: sent as the string it is.
            }
        }
        return JsonValue.Create(text);
    }
}
