namespace Siamese.Lib.Experiments;

/// <summary>One technique's measured effect: means over seeds of the validation and test verification accuracy.</summary>
/// <param name="Technique">What was switched on (or "baseline").</param>
/// <param name="ValidationAccuracy">Mean validation accuracy (best threshold on the validation pairs).</param>
/// <param name="TestAccuracy">Mean test accuracy (the validation threshold applied to the test pairs).</param>
/// <param name="Spread">Sample standard deviation of the test accuracy over seeds (0 with a single seed).</param>
/// <param name="Seeds">Runs averaged.</param>
/// <param name="Epochs">Mean epochs run (fewer than the budget when stopped early).</param>
/// <param name="Seconds">Mean training seconds per run.</param>
public sealed record AblationRow(string Technique, double ValidationAccuracy, double TestAccuracy, double Spread, int Seeds, double Epochs, double Seconds);
