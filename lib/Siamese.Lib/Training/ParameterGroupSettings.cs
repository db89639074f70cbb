namespace Siamese.Lib.Training;

/// <summary>
/// Optimizer settings for the parameters whose dotted name (as in <c>named_parameters()</c>, e.g.
/// <c>"encoder.conv1.weight"</c>) matches <see cref="Selects"/>. Koch et al. (2015) train each layer with its own
/// learning rate, momentum and L2 weight; this is how a trainer expresses that. Parameters matched by no group
/// use the optimizer's defaults; a parameter goes to the first group that selects it.
/// </summary>
/// <param name="Name">A label for messages and summaries (e.g. "conv1").</param>
/// <param name="Selects">Predicate on the dotted parameter name.</param>
/// <param name="LearningRate">The group's learning rate, or null for the optimizer's.</param>
/// <param name="Momentum">The group's momentum (SGD, RMSprop), or null for the optimizer's.</param>
/// <param name="WeightDecay">The group's L2 weight decay, or null for the optimizer's.</param>
public sealed record ParameterGroupSettings(
    string Name,
    Func<string, bool> Selects,
    double? LearningRate = null,
    double? Momentum = null,
    double? WeightDecay = null)
{
    /// <summary>Settings for every parameter whose name starts with <paramref name="prefix"/> (e.g. "encoder.conv1.").</summary>
    public static ParameterGroupSettings ForPrefix(string prefix, double? learningRate = null, double? momentum = null, double? weightDecay = null) =>
        new(prefix.TrimEnd('.'), name => name.StartsWith(prefix, StringComparison.Ordinal), learningRate, momentum, weightDecay);
}
