using static Siamese.Torch.Native.NativeMethods;
using static Siamese.Torch.torch;
using static Siamese.Torch.torch.optim;

namespace Siamese.Torch.Modules;

/// <summary>
/// Adam (<c>torch.optim.Adam</c>, Kingma and Ba 2015) with L2 weight decay added to the gradient, the AMSGrad
/// variant and maximisation; PyTorch 1.13's single-tensor algorithm. Created by <c>optim.Adam(...)</c>.
/// State per parameter: <c>step</c>, <c>exp_avg</c>, <c>exp_avg_sq</c>, <c>max_exp_avg_sq</c> (AMSGrad).
/// </summary>
public class Adam : Optimizer
{
    private static readonly string[] Slots = ["exp_avg", "exp_avg_sq", "max_exp_avg_sq"];
    private readonly bool _decoupled;

    internal Adam(IEnumerable<ParamGroup> groups, double lr, double beta1, double beta2, double eps,
        double weight_decay, bool amsgrad, bool maximize)
        : this(nameof(Adam), groups, lr, beta1, beta2, eps, weight_decay, amsgrad, maximize, decoupled: false)
    {
    }

    /// <summary>Shared by <see cref="AdamW"/>: <paramref name="decoupled"/> applies weight decay to the weights.</summary>
    private protected Adam(string name, IEnumerable<ParamGroup> groups, double lr, double beta1, double beta2,
        double eps, double weight_decay, bool amsgrad, bool maximize, bool decoupled)
        : base(name, groups, new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["lr"] = lr,
            ["beta1"] = beta1,
            ["beta2"] = beta2,
            ["eps"] = eps,
            ["weight_decay"] = weight_decay,
            ["amsgrad"] = amsgrad ? 1 : 0,
            ["maximize"] = maximize ? 1 : 0,
        }, CheckValue, Slots, countsSteps: true)
    {
        _decoupled = decoupled;
    }

    private static void CheckValue(string option, double value)
    {
        switch (option)
        {
            case "lr":
                LearningRate(value);
                break;
            case "eps":
                NonNegative("epsilon value", value);
                break;
            case "beta1":
                UnitInterval("beta parameter at index 0", value, includeOne: false);
                break;
            case "beta2":
                UnitInterval("beta parameter at index 1", value, includeOne: false);
                break;
            case "weight_decay":
                NonNegative("weight_decay value", value);
                break;
        }
    }

    private protected override unsafe void StepGroup(ParamGroup group, ParameterState?[] states)
    {
        var lr = group.lr;
        var beta1 = group["beta1"];
        var beta2 = group["beta2"];
        var eps = group["eps"];
        var weightDecay = group["weight_decay"];
        var amsgrad = group.Flag("amsgrad") ? 1 : 0;
        var maximize = group.Flag("maximize") ? 1 : 0;
        var decoupled = _decoupled ? 1 : 0;
        var slots = stackalloc IntPtr[SlotCount];
        for (var i = 0; i < states.Length; i++)
        {
            var step = LoadSlots(states, i, slots) + 1;
            var status = sts_optim_adam_step(group.parameters[i].Handle, slots, step, lr, beta1, beta2, eps, weightDecay,
                amsgrad, maximize, decoupled, out var stepped);
            StoreSlots(states, i, slots, stepped);
            Check(status);
        }
    }
}
