namespace Siamese.Lib.Models;

/// <summary>One line of a <see cref="ModelSummary"/>.</summary>
/// <param name="Name">The layer's name in the model (the <c>state_dict</c> prefix).</param>
/// <param name="Type">The layer's type (e.g. "Conv2d").</param>
/// <param name="OutputShape">The layer's output shape with the batch dimension shown as -1, or null when not traced.</param>
/// <param name="Parameters">Number of parameter elements the layer owns.</param>
public sealed record SummaryRow(string Name, string Type, long[]? OutputShape, long Parameters);
