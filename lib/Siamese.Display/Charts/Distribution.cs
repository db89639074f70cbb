namespace Siamese.Display.Charts;

/// <summary>A named sample shown as one histogram of an overlay (distances of similar pairs, say).</summary>
/// <param name="Name">The legend entry.</param>
/// <param name="Values">The sample; non-finite values are dropped.</param>
public sealed record Distribution(string Name, IReadOnlyList<double> Values);
