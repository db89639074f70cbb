namespace Siamese.Lib.Data;

/// <summary>
/// One of Lake et al.'s fixed 20-way one-shot classification runs: 20 training images (one per class,
/// <c>training/classNN.png</c>) and 20 test images (<c>test/itemNN.png</c>); each trial asks which training
/// image has the test image's class (answers from <c>class_labels.txt</c>).
/// </summary>
/// <param name="Name">Run name (<c>run01</c> … <c>run20</c>).</param>
/// <param name="Width">Pixels per row.</param>
/// <param name="Height">Rows.</param>
/// <param name="Training">The support images, in class order (class01 first).</param>
/// <param name="Trials">The 20 trials, item01 first; every trial's candidates are <paramref name="Training"/>.</param>
public sealed record OneShotRun(string Name, int Width, int Height, IReadOnlyList<byte[]> Training, IReadOnlyList<OneShotTrial> Trials);
