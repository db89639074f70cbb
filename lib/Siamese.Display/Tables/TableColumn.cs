namespace Siamese.Display.Tables;

/// <summary>A column of a <see cref="Table"/>.</summary>
/// <param name="Name">The header text.</param>
/// <param name="IsNumeric">Whether every non-empty cell is a number (right-aligned).</param>
public sealed record TableColumn(string Name, bool IsNumeric);
