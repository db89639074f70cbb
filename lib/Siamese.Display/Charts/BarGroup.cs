namespace Siamese.Display.Charts;

/// <summary>One named set of bars, one value per category (a metric across models).</summary>
/// <param name="Name">The legend entry.</param>
/// <param name="Values">One value per category, in the chart's category order.</param>
public sealed record BarGroup(string Name, IReadOnlyList<double> Values);
