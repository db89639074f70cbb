using System.Reflection;
using System.Text.Json.Nodes;

namespace Siamese.Display;

/// <summary>
/// The formatter registry: turns any value into a <see cref="MimeBundle"/> for display. A type gets
/// representations from (highest priority first) formatters registered here for it or its nearest base type
/// or interface, its own <see cref="IDisplayable"/> implementation, and a default plain text.
/// </summary>
/// <remarks>
/// The registry is process-wide on purpose, like <see cref="Console"/>: assemblies loaded into a notebook
/// (#r) contribute formatters for their types (the engine's tensor formatter, for one) with
/// <see cref="FormatterSourceAttribute"/>, discovered when the assembly loads, or by calling
/// <see cref="Register{T}(string, Func{T, string})"/>. It is thread-safe (copy-on-write under a lock).
/// </remarks>
public static class Formatter
{
    private static readonly object Gate = new();
    private static readonly HashSet<Assembly> ScannedAssemblies = [];
    private static volatile FormatterRegistration[] registrations = [];

    static Formatter()
    {
        AppDomain.CurrentDomain.AssemblyLoad += (_, e) => RegisterFrom(e.LoadedAssembly);
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            RegisterFrom(assembly);
        }
    }

    /// <summary>Registers a text representation (text/plain, text/html, text/markdown, image/svg+xml, base64 image/png).</summary>
    /// <typeparam name="T">The type (subtypes included) the formatter applies to.</typeparam>
    /// <param name="mimeType">The MIME type produced.</param>
    /// <param name="format">Produces the representation.</param>
    public static void Register<T>(string mimeType, Func<T, string> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        Register(typeof(T), mimeType, (value, _) => JsonValue.Create(format((T)value)));
    }

    /// <summary>Registers a JSON representation (application/json, application/vnd.plotly.v1+json).</summary>
    /// <typeparam name="T">The type (subtypes included) the formatter applies to.</typeparam>
    /// <param name="mimeType">A JSON MIME type.</param>
    /// <param name="format">Produces the JSON node.</param>
    public static void RegisterJson<T>(string mimeType, Func<T, JsonNode> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        Register(typeof(T), mimeType, (value, _) => format((T)value));
    }

    /// <summary>
    /// Registers a representation of <paramref name="type"/> and its subtypes. A later registration for the same
    /// type and MIME type replaces the earlier one.
    /// </summary>
    /// <param name="type">The type (a class, interface or open generic definition such as <c>List&lt;&gt;</c>).</param>
    /// <param name="mimeType">The MIME type produced.</param>
    /// <param name="format">Produces the representation: a string node for text types, any node for JSON types.</param>
    public static void Register(Type type, string mimeType, Func<object, FormatContext, JsonNode> format)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentException.ThrowIfNullOrEmpty(mimeType);
        ArgumentNullException.ThrowIfNull(format);
        lock (Gate)
        {
            var kept = registrations.Where(r => !(r.Type == type && r.MimeType == mimeType));
            registrations = [.. kept, new FormatterRegistration(type, mimeType, format)];
        }
    }

    /// <summary>Removes every formatter registered for <paramref name="type"/> itself (not its subtypes').</summary>
    /// <param name="type">The registered type.</param>
    public static void Unregister(Type type)
    {
        lock (Gate)
        {
            registrations = [.. registrations.Where(r => r.Type != type)];
        }
    }

    /// <summary>
    /// Runs the <see cref="IFormatterSource"/> types an assembly names with <see cref="FormatterSourceAttribute"/>
    /// (once per assembly). Called automatically for every assembly loaded into the process.
    /// </summary>
    /// <param name="assembly">The assembly to scan.</param>
    public static void RegisterFrom(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        lock (Gate)
        {
            if (!ScannedAssemblies.Add(assembly))
            {
                return;
            }
        }
        if (assembly.IsDynamic)
        {
            return;
        }
        foreach (var attribute in assembly.GetCustomAttributes<FormatterSourceAttribute>())
        {
            var source = (IFormatterSource)Activator.CreateInstance(attribute.SourceType)!;
            source.RegisterFormatters();
        }
    }

    /// <summary>All representations of <paramref name="value"/>; text/plain is always present.</summary>
    /// <param name="value">Any value, null included.</param>
    /// <param name="context">The display surface's state; null for a fresh, self-contained one.</param>
    public static MimeBundle Format(object? value, FormatContext? context = null)
    {
        context ??= new FormatContext();
        var bundle = new MimeBundle();
        if (value is null)
        {
            return bundle.Set(MimeTypes.PlainText, "null");
        }
        foreach (var registration in Resolve(value.GetType()))
        {
            bundle.Set(registration.MimeType, registration.Format(value, context));
        }
        if (value is IDisplayable displayable)
        {
            bundle.AddMissing(displayable.ToMimeBundle(context));
        }
        if (!bundle.Contains(MimeTypes.PlainText))
        {
            bundle.Set(MimeTypes.PlainText, PlainTextFormatter.Format(value, context.MaxCollectionItems));
        }
        return bundle;
    }

    /// <summary>For each MIME type, the registration whose type is nearest to <paramref name="type"/>.</summary>
    private static IEnumerable<FormatterRegistration> Resolve(Type type)
    {
        var best = new Dictionary<string, (int Distance, FormatterRegistration Registration)>();
        foreach (var registration in registrations)
        {
            var distance = registration.DistanceFrom(type);
            if (distance >= 0 && (!best.TryGetValue(registration.MimeType, out var current) || distance <= current.Distance))
            {
                best[registration.MimeType] = (distance, registration);
            }
        }
        return best.Values.Select(v => v.Registration);
    }
}
