using Siamese.Lib.Training;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Siamese.Bench;

/// <summary>
/// The optimizer half of a reference step: zero the gradients, then update. By default Adam is
/// <see cref="LeanAdam"/>, the step Siamese.Lib trains with; <c>--plain</c> uses TorchSharp's own
/// <c>optim.Adam</c> instead, to measure what the lean step buys (environment/README.md, "Speed"). Both zero
/// the gradients in place as PyTorch 1.13's <c>zero_grad()</c> does (set_to_none=False).
/// </summary>
internal sealed record StepOptimizer(Action ZeroGrad, Action Step)
{
    /// <summary>True: TorchSharp's built-in optimizers only (<c>--plain</c>).</summary>
    public static bool Plain { get; set; }

    /// <summary>Adam with PyTorch's defaults and the given learning rate.</summary>
    public static StepOptimizer Adam(IEnumerable<Parameter> parameters, double lr)
    {
        var list = parameters.ToList();
        if (Plain)
        {
            var opt = optim.Adam(list, lr: lr);
            return new StepOptimizer(opt.zero_grad, () => opt.step());
        }
        var lean = new LeanAdam(list, lr: lr);
        return new StepOptimizer(lean.ZeroGrad, lean.Step);
    }

    /// <summary>TorchSharp's Adadelta (as PyTorch's; its step is small next to the LSTM's forward and backward).</summary>
    public static StepOptimizer Adadelta(IEnumerable<Parameter> parameters, double lr)
    {
        var opt = optim.Adadelta(parameters, lr: lr);
        return new StepOptimizer(opt.zero_grad, () => opt.step());
    }
}
