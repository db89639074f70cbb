namespace Siamese.Kernel.Scripting;

/// <summary>
/// Maps positions in instrumented cell code back to the code the user wrote, given the texts inserted at
/// original offsets (<see cref="LoopInstrumenter"/> inserts without line breaks, so line numbers never move).
/// </summary>
internal sealed class PositionMap(IReadOnlyList<(int Offset, string Text)> insertions)
{
    public static readonly PositionMap Identity = new([]);

    /// <summary>The original offset of an instrumented offset (inside inserted text: where it was inserted).</summary>
    public int ToOriginal(int instrumented)
    {
        var shift = 0;
        foreach (var (offset, text) in insertions)
        {
            if (instrumented < offset + shift)
            {
                break;
            }
            if (instrumented < offset + shift + text.Length)
            {
                return offset;
            }
            shift += text.Length;
        }
        return instrumented - shift;
    }
}
