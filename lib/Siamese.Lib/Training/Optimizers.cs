using TorchSharp;
using TorchSharp.Modules;

namespace Siamese.Lib.Training;

/// <summary>
/// The TorchSharp optimizers the suite uses, built from optimizer-agnostic <see cref="ParameterGroup"/>s: each
/// group's overrides become that optimizer's own <c>ParamGroup</c> options, and what a group leaves null is filled
/// from the arguments here by TorchSharp. Use one as <see cref="TrainerOptions.OptimizerFactory"/>, e.g.
/// <c>groups =&gt; Optimizers.SGD(groups, 0.01, momentum: 0.5)</c>.
/// </summary>
public static class Optimizers
{
    /// <summary>Adam's learning rate when none is given: Kingma &amp; Ba's default, the most forgiving first choice.</summary>
    public const double DefaultAdamLearningRate = 1e-3;

    /// <summary>Adadelta's learning rate when none is given: 1, as in Zeiler (2012) and PyTorch.</summary>
    public const double DefaultAdadeltaLearningRate = 1.0;

    /// <summary>Adadelta's decay ρ when none is given: 0.9, PyTorch's default.</summary>
    public const double DefaultAdadeltaRho = 0.9;

    /// <summary>Adam (Kingma &amp; Ba 2015) over <paramref name="groups"/>.</summary>
    public static Adam Adam(IEnumerable<ParameterGroup> groups, double learningRate = DefaultAdamLearningRate, double weightDecay = 0) =>
        torch.optim.Adam(Map(groups, nameof(Adam), hasMomentum: false,
            g => new Adam.ParamGroup(g.Parameters, new Adam.Options { LearningRate = g.LearningRate, weight_decay = g.WeightDecay })),
            lr: learningRate, weight_decay: weightDecay);

    /// <summary>AdamW (Loshchilov &amp; Hutter 2019, decoupled weight decay) over <paramref name="groups"/>.</summary>
    public static AdamW AdamW(IEnumerable<ParameterGroup> groups, double learningRate = DefaultAdamLearningRate, double weightDecay = 0) =>
        torch.optim.AdamW(Map(groups, nameof(AdamW), hasMomentum: false,
            g => new AdamW.ParamGroup(g.Parameters, new AdamW.Options { LearningRate = g.LearningRate, weight_decay = g.WeightDecay })),
            lr: learningRate, weight_decay: weightDecay);

    /// <summary>Stochastic gradient descent with optional momentum over <paramref name="groups"/>.</summary>
    public static SGD SGD(IEnumerable<ParameterGroup> groups, double learningRate, double momentum = 0, double weightDecay = 0) =>
        torch.optim.SGD(Map(groups, nameof(SGD), hasMomentum: true,
            g => new SGD.ParamGroup(g.Parameters, new SGD.Options { LearningRate = g.LearningRate, momentum = g.Momentum, weight_decay = g.WeightDecay })),
            learningRate, momentum: momentum, weight_decay: weightDecay);

    /// <summary>Adadelta (Zeiler 2012) over <paramref name="groups"/>.</summary>
    public static Adadelta Adadelta(IEnumerable<ParameterGroup> groups, double learningRate = DefaultAdadeltaLearningRate, double rho = DefaultAdadeltaRho, double weightDecay = 0) =>
        torch.optim.Adadelta(Map(groups, nameof(Adadelta), hasMomentum: false,
            g => new Adadelta.ParamGroup(g.Parameters, new Adadelta.Options { LearningRate = g.LearningRate, weight_decay = g.WeightDecay })),
            lr: learningRate, rho: rho, weight_decay: weightDecay);

    private static List<TGroup> Map<TGroup>(IEnumerable<ParameterGroup> groups, string optimizer, bool hasMomentum, Func<ParameterGroup, TGroup> map)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var mapped = new List<TGroup>();
        foreach (var group in groups)
        {
            // The old engine rejected an option its optimizer lacks; dropping it silently would hide a wrong recipe.
            if (!hasMomentum && group.Momentum is not null)
            {
                throw new ArgumentException($"{optimizer} has no momentum, but a parameter group sets one.", nameof(groups));
            }
            mapped.Add(map(group));
        }
        return mapped;
    }
}
