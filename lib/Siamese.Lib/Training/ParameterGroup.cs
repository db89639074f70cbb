using TorchSharp.Modules;

namespace Siamese.Lib.Training;

/// <summary>
/// Parameters that one optimizer updates with the same settings, independent of which optimizer that is.
/// TorchSharp has a parameter-group type per optimizer (<c>Adam.ParamGroup</c>, <c>SGD.ParamGroup</c>, ...);
/// the <see cref="Trainer"/> builds these optimizer-agnostic groups from <see cref="ParameterGroupSettings"/>
/// and <see cref="TrainerOptions.OptimizerFactory"/> maps them to the concrete optimizer (see <see cref="Optimizers"/>),
/// so the trainer never needs to know which optimizer it drives.
/// </summary>
/// <param name="Parameters">The group's parameters.</param>
/// <param name="LearningRate">The group's learning rate, or null for the optimizer's.</param>
/// <param name="Momentum">The group's momentum (SGD, RMSprop), or null for the optimizer's.</param>
/// <param name="WeightDecay">The group's L2 weight decay, or null for the optimizer's.</param>
public sealed record ParameterGroup(
    IReadOnlyList<Parameter> Parameters,
    double? LearningRate = null,
    double? Momentum = null,
    double? WeightDecay = null);
