namespace Siamese.Kernel.Scripting;

/// <summary>Completions of the word ending at the cursor: the candidates and the UTF-16 span they replace.</summary>
/// <param name="Matches">Candidate names, sorted.</param>
/// <param name="Kinds">A kind per candidate (method, property, ...), for front ends that show it.</param>
/// <param name="Start">Start of the replaced word.</param>
/// <param name="End">End of the replaced word (the cursor).</param>
internal sealed record CompletionResult(IReadOnlyList<string> Matches, IReadOnlyList<string> Kinds, int Start, int End);
