namespace Siamese.Kernel.History;

/// <summary>One cell this kernel ran with <c>store_history</c>: its execution count, code and plain-text result.</summary>
/// <param name="Line">The execution count (IPython's line number within the session).</param>
/// <param name="Input">The code as the front end sent it.</param>
/// <param name="Output">The <c>text/plain</c> of its <c>execute_result</c>, or null when it showed no value.</param>
internal sealed record HistoryEntry(int Line, string Input, string? Output);
