using static Siamese.Torch.Native.NativeMethods;
using static Siamese.Torch.torch;
using static Siamese.Torch.torch.optim;

namespace Siamese.Torch.Modules;

/// <summary>
/// Stochastic gradient descent with optional momentum, dampening, Nesterov momentum, L2 weight decay and
/// maximisation (<c>torch.optim.SGD</c>; PyTorch 1.13's single-tensor algorithm). Created by
/// <see cref="optim.SGD(IEnumerable{nn.Parameter}, double, double, double, double, bool, bool)"/>.
/// State per parameter: <c>momentum_buffer</c> (only with momentum), no step count.
/// </summary>
public sealed class SGD : Optimizer
{
    private static readonly string[] Slots = ["momentum_buffer"];

    internal SGD(IEnumerable<ParamGroup> groups, double lr, double momentum, double dampening, double weight_decay,
        bool nesterov, bool maximize)
        : base(nameof(SGD), groups, new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["lr"] = lr,
            ["momentum"] = momentum,
            ["dampening"] = dampening,
            ["weight_decay"] = weight_decay,
            ["nesterov"] = nesterov ? 1 : 0,
            ["maximize"] = maximize ? 1 : 0,
        }, CheckValue, Slots, countsSteps: false)
    {
    }

    private static void CheckValue(string option, double value)
    {
        switch (option)
        {
            case "lr":
                LearningRate(value);
                break;
            case "momentum":
            case "weight_decay":
            case "dampening":
                NonNegative(option + " value", value);
                break;
        }
    }

    private protected override void CheckGroup(ParamGroup group) =>
        CheckNesterov(group.Flag("nesterov"), group["momentum"], group["dampening"]);

    private static void CheckNesterov(bool nesterov, double momentum, double dampening)
    {
        if (nesterov && (momentum <= 0 || dampening != 0))
        {
            throw new ArgumentException("Nesterov momentum requires a momentum and zero dampening", nameof(nesterov));
        }
    }

    private protected override unsafe void StepGroup(ParamGroup group, ParameterState?[] states)
    {
        var lr = group.lr;
        var momentum = group["momentum"];
        var dampening = group["dampening"];
        var weightDecay = group["weight_decay"];
        var nesterov = group.Flag("nesterov");
        // Options may have changed since the group was added.
        CheckNesterov(nesterov, momentum, dampening);
        var maximize = group.Flag("maximize") ? 1 : 0;
        var slots = stackalloc IntPtr[SlotCount];
        for (var i = 0; i < states.Length; i++)
        {
            LoadSlots(states, i, slots);
            var status = sts_optim_sgd_step(group.parameters[i].Handle, slots, lr, momentum, dampening, weightDecay,
                nesterov ? 1 : 0, maximize, out var stepped);
            StoreSlots(states, i, slots, stepped);
            Check(status);
        }
    }
}
