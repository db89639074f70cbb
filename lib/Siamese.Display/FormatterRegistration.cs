using System.Text.Json.Nodes;

namespace Siamese.Display;

/// <summary>One registered formatter: a type, the MIME type it produces, and the function.</summary>
/// <param name="Type">The type it applies to (with subtypes); may be an open generic definition.</param>
/// <param name="MimeType">The MIME type produced.</param>
/// <param name="Format">The formatting function.</param>
internal sealed record FormatterRegistration(Type Type, string MimeType, Func<object, FormatContext, JsonNode> Format)
{
    /// <summary>Interfaces rank after every base class.</summary>
    private const int InterfaceDistance = 1000;

    /// <summary>
    /// How far <paramref name="candidate"/> is from the registered type: 0 for the type itself, the number of
    /// base-class steps, <see cref="InterfaceDistance"/> for an interface, -1 when it does not apply.
    /// </summary>
    public int DistanceFrom(Type candidate)
    {
        var steps = 0;
        for (var t = candidate; t != null; t = t.BaseType, steps++)
        {
            if (Matches(t))
            {
                return steps;
            }
        }
        return candidate.GetInterfaces().Any(Matches) ? InterfaceDistance : -1;
    }

    private bool Matches(Type t) =>
        t == Type || (Type.IsGenericTypeDefinition && t.IsGenericType && t.GetGenericTypeDefinition() == Type);
}
