using static Siamese.Torch.Native.NativeMethods;
using static Siamese.Torch.torch;
using static Siamese.Torch.torch.optim;

namespace Siamese.Torch.Modules;

/// <summary>
/// RMSprop (<c>torch.optim.RMSprop</c>, Hinton's lecture 6e) with optional momentum, centering (dividing by the
/// estimated variance instead of the raw second moment) and L2 weight decay; PyTorch 1.13's single-tensor
/// algorithm. Created by <c>optim.RMSprop(...)</c> or <c>optim.RMSProp(...)</c>.
/// State per parameter: <c>step</c>, <c>square_avg</c>, <c>momentum_buffer</c> (momentum &gt; 0), <c>grad_avg</c> (centered).
/// </summary>
public sealed class RMSprop : Optimizer
{
    private static readonly string[] Slots = ["square_avg", "momentum_buffer", "grad_avg"];

    internal RMSprop(IEnumerable<ParamGroup> groups, double lr, double alpha, double eps, double weight_decay,
        double momentum, bool centered, bool maximize)
        : base(nameof(RMSprop), groups, new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["lr"] = lr,
            ["alpha"] = alpha,
            ["eps"] = eps,
            ["weight_decay"] = weight_decay,
            ["momentum"] = momentum,
            ["centered"] = centered ? 1 : 0,
            ["maximize"] = maximize ? 1 : 0,
        }, CheckValue, Slots, countsSteps: true)
    {
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
            case "momentum":
                NonNegative("momentum value", value);
                break;
            case "weight_decay":
                NonNegative("weight_decay value", value);
                break;
            case "alpha":
                NonNegative("alpha value", value);
                break;
        }
    }

    private protected override unsafe void StepGroup(ParamGroup group, ParameterState?[] states)
    {
        var lr = group.lr;
        var alpha = group["alpha"];
        var eps = group["eps"];
        var weightDecay = group["weight_decay"];
        var momentum = group["momentum"];
        var centered = group.Flag("centered") ? 1 : 0;
        var maximize = group.Flag("maximize") ? 1 : 0;
        var slots = stackalloc IntPtr[SlotCount];
        for (var i = 0; i < states.Length; i++)
        {
            LoadSlots(states, i, slots);
            var status = sts_optim_rmsprop_step(group.parameters[i].Handle, slots, lr, alpha, eps, weightDecay, momentum,
                centered, maximize, out var stepped);
            StoreSlots(states, i, slots, stepped);
            Check(status);
        }
    }
}
