using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace Siamese.Display;

/// <summary>
/// The default text/plain of a value: C#-flavoured and culture-invariant; collections listed (cut after a
/// limit), objects without their own <c>ToString</c> shown by their public properties.
/// </summary>
internal static class PlainTextFormatter
{
    /// <summary>Public properties shown for an object without its own ToString.</summary>
    private const int MaxProperties = 12;

    public static string Format(object? value, int maxItems) => Format(value, maxItems, nested: false);

    private static string Format(object? value, int maxItems, bool nested)
    {
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return nested ? Quote(s) : s;
            case char c:
                return nested ? $"'{c}'" : c.ToString();
            case bool b:
                return b ? "true" : "false";
            case IFormattable f when value.GetType().IsPrimitive || value is decimal:
                return f.ToString(null, CultureInfo.InvariantCulture);
            case IDictionary dictionary:
                return FormatDictionary(dictionary, maxItems);
            case IEnumerable sequence:
                return FormatSequence(value.GetType(), sequence, maxItems);
            case IFormattable f:
                return f.ToString(null, CultureInfo.InvariantCulture);
        }
        var text = value.ToString() ?? "";
        var type = value.GetType();
        return text == type.FullName && !nested ? FormatProperties(value, maxItems) : text;
    }

    private static string FormatSequence(Type type, IEnumerable sequence, int maxItems)
    {
        var items = new List<string>();
        var more = false;
        foreach (var item in sequence)
        {
            if (items.Count == maxItems)
            {
                more = true;
                break;
            }
            items.Add(Format(item, maxItems, nested: true));
        }
        var count = sequence is ICollection collection ? $"({collection.Count})" : "";
        var body = items.Count == 0 ? "{ }" : "{ " + string.Join(", ", items) + (more ? ", ..." : "") + " }";
        return $"{TypeName(type)}{count} {body}";
    }

    private static string FormatDictionary(IDictionary dictionary, int maxItems)
    {
        var items = new List<string>();
        foreach (DictionaryEntry entry in dictionary)
        {
            if (items.Count == maxItems)
            {
                items.Add("...");
                break;
            }
            items.Add($"[{Format(entry.Key, maxItems, true)}] = {Format(entry.Value, maxItems, true)}");
        }
        return $"{TypeName(dictionary.GetType())}({dictionary.Count}) {{ {string.Join(", ", items)} }}";
    }

    private static string FormatProperties(object value, int maxItems)
    {
        var properties = value.GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Take(MaxProperties);
        var parts = new List<string>();
        foreach (var property in properties)
        {
            string shown;
            try
            {
                shown = Format(property.GetValue(value), maxItems, nested: true);
            }
            catch (TargetInvocationException e)
            {
                shown = $"<{e.InnerException?.GetType().Name ?? "error"}>";
            }
            parts.Add($"{property.Name} = {shown}");
        }
        return parts.Count == 0 ? TypeName(value.GetType()) : $"{TypeName(value.GetType())} {{ {string.Join(", ", parts)} }}";
    }

    /// <summary>A type's C# name: <c>List&lt;int&gt;</c>, <c>double[]</c>.</summary>
    public static string TypeName(Type type)
    {
        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }
        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }
        if (!type.IsGenericType)
        {
            return type.Name;
        }
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        var baseName = tick >= 0 ? name[..tick] : name;
        return $"{baseName}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>";
    }

    private static string Quote(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            sb.Append(c switch { '"' => "\\\"", '\\' => "\\\\", '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ => c.ToString() });
        }
        return sb.Append('"').ToString();
    }

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(int)] = "int", [typeof(long)] = "long", [typeof(short)] = "short", [typeof(byte)] = "byte",
        [typeof(uint)] = "uint", [typeof(ulong)] = "ulong", [typeof(ushort)] = "ushort", [typeof(sbyte)] = "sbyte",
        [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal",
        [typeof(bool)] = "bool", [typeof(char)] = "char", [typeof(string)] = "string", [typeof(object)] = "object",
    };
}
