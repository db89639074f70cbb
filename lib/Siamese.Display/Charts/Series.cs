namespace Siamese.Display.Charts;

/// <summary>One named line of a line chart (a loss curve): points (X[i], Y[i]).</summary>
/// <param name="Name">The legend entry.</param>
/// <param name="X">The x values (same count as <paramref name="Y"/>).</param>
/// <param name="Y">The y values; NaN leaves a gap.</param>
public sealed record Series(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y)
{
    /// <summary>A series with x = 1, 2, ..., n (epochs, steps).</summary>
    /// <param name="name">The legend entry.</param>
    /// <param name="y">The y values.</param>
    public static Series Of(string name, IEnumerable<double> y)
    {
        var values = y.ToArray();
        return new Series(name, [.. Enumerable.Range(1, values.Length).Select(i => (double)i)], values);
    }

    /// <summary>A series with x = 1, 2, ..., n from single-precision values (a tensor's data).</summary>
    /// <param name="name">The legend entry.</param>
    /// <param name="y">The y values.</param>
    public static Series Of(string name, IEnumerable<float> y) => Of(name, y.Select(v => (double)v));
}
