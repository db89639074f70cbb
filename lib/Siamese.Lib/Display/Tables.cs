using System.Reflection;
using Microsoft.Data.Analysis;

namespace Siamese.Lib.Display;

/// <summary>
/// Results, ablations and comparisons as <see cref="DataFrame"/>s: one row per object, one column per public
/// property (anonymous types included), each column of the matching DataFrame type; the registered formatter
/// (<see cref="DataFrameHtml"/>) shows them as readable tables in either kernel.
/// </summary>
public static class Tables
{
    private const double PercentPerUnit = 100;

    /// <summary>
    /// A DataFrame of <paramref name="rows"/>: double, float, int, long, bool and string properties (nullable or not)
    /// become the matching columns (null stays missing); any other type becomes a string column of its ToString.
    /// Columns follow the declaration order. When <typeparamref name="T"/> declares nothing readable (e.g.
    /// <c>object</c>), the first row's runtime type is used; a type without properties uses its public fields
    /// (value tuples: Item1, Item2, …).
    /// </summary>
    /// <param name="rows">The rows.</param>
    public static DataFrame From<T>(IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.ToList();
        var members = Members(typeof(T));
        if (members.Count == 0 && list.FirstOrDefault(r => r is not null) is { } first)
        {
            members = Members(first.GetType());
        }
        if (members.Count == 0)
        {
            throw new ArgumentException($"{typeof(T).Name} has no public properties or fields to make columns of.", nameof(rows));
        }
        return new DataFrame(members.Select(m => Column(m.Name, m.Type, list.Select(r => r is null ? null : m.Read(r!)).ToList())));
    }

    /// <summary>
    /// A fraction as a percentage rounded to <paramref name="decimals"/> decimals (half away from zero, on the
    /// decimal value: 0.858812 → 85.9, 0.0125 → 1.3), for tables and text that report accuracies.
    /// </summary>
    /// <param name="fraction">The fraction (1 = 100 %).</param>
    /// <param name="decimals">Decimals kept.</param>
    public static double Percent(double fraction, int decimals = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        if (!double.IsFinite(fraction) || Math.Abs(fraction) > (double)decimal.MaxValue / PercentPerUnit / 10)
        {
            return Math.Round(fraction * PercentPerUnit, decimals, MidpointRounding.AwayFromZero);
        }
        return (double)Math.Round((decimal)fraction * (decimal)PercentPerUnit, decimals, MidpointRounding.AwayFromZero);
    }

    private static DataFrameColumn Column(string name, Type type, List<object?> values)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(double))
        {
            return new DoubleDataFrameColumn(name, values.Select(v => (double?)v));
        }
        if (underlying == typeof(float))
        {
            return new SingleDataFrameColumn(name, values.Select(v => (float?)v));
        }
        if (underlying == typeof(int))
        {
            return new Int32DataFrameColumn(name, values.Select(v => (int?)v));
        }
        if (underlying == typeof(long))
        {
            return new Int64DataFrameColumn(name, values.Select(v => (long?)v));
        }
        if (underlying == typeof(bool))
        {
            return new BooleanDataFrameColumn(name, values.Select(v => (bool?)v));
        }
        return new StringDataFrameColumn(name, values.Select(v => v?.ToString()));
    }

    private static List<(string Name, Type Type, Func<object, object?> Read)> Members(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken)
            .Select(p => (p.Name, p.PropertyType, (Func<object, object?>)p.GetValue))
            .ToList();
        if (properties.Count > 0)
        {
            return properties;
        }
        return type.GetFields(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(f => f.MetadataToken)
            .Select(f => (f.Name, f.FieldType, (Func<object, object?>)f.GetValue))
            .ToList();
    }
}
