using static Siamese.Torch.Native.NativeMethods;
using static Siamese.Torch.torch;
using static Siamese.Torch.torch.optim;

namespace Siamese.Torch.Modules;

/// <summary>
/// Adadelta (<c>torch.optim.Adadelta</c>, Zeiler 2012), the optimizer of the MaLSTM paper; PyTorch 1.13's
/// single-tensor algorithm. Created by <c>optim.Adadelta(...)</c>.
/// State per parameter: <c>step</c>, <c>square_avg</c>, <c>acc_delta</c>.
/// </summary>
public sealed class Adadelta : Optimizer
{
    private static readonly string[] Slots = ["square_avg", "acc_delta"];

    internal Adadelta(IEnumerable<ParamGroup> groups, double lr, double rho, double eps, double weight_decay,
        bool maximize)
        : base(nameof(Adadelta), groups, new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["lr"] = lr,
            ["rho"] = rho,
            ["eps"] = eps,
            ["weight_decay"] = weight_decay,
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
            case "rho":
                UnitInterval("rho value", value, includeOne: true);
                break;
            case "eps":
                NonNegative("epsilon value", value);
                break;
            case "weight_decay":
                NonNegative("weight_decay value", value);
                break;
        }
    }

    private protected override unsafe void StepGroup(ParamGroup group, ParameterState?[] states)
    {
        var lr = group.lr;
        var rho = group["rho"];
        var eps = group["eps"];
        var weightDecay = group["weight_decay"];
        var maximize = group.Flag("maximize") ? 1 : 0;
        var slots = stackalloc IntPtr[SlotCount];
        for (var i = 0; i < states.Length; i++)
        {
            LoadSlots(states, i, slots);
            var status = sts_optim_adadelta_step(group.parameters[i].Handle, slots, lr, rho, eps, weightDecay, maximize,
                out var stepped);
            StoreSlots(states, i, slots, stepped);
            Check(status);
        }
    }
}
