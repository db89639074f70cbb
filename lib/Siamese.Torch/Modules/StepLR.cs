using static Siamese.Torch.torch.optim;
using static Siamese.Torch.torch.optim.lr_scheduler;

namespace Siamese.Torch.Modules;

/// <summary>
/// Decays every group's lr by <c>gamma</c> every <c>step_size</c> epochs (<c>torch.optim.lr_scheduler.StepLR</c>):
/// lr(epoch) = initial_lr * gamma^(epoch / step_size), computed recursively as PyTorch does.
/// </summary>
public sealed class StepLR : LRScheduler
{
    internal StepLR(Optimizer optimizer, int step_size, double gamma, int last_epoch)
        : base(optimizer, last_epoch)
    {
        if (step_size < 1)
        {
            throw new ArgumentException($"Invalid step_size: {step_size} (must be >= 1).", nameof(step_size));
        }
        this.step_size = step_size;
        this.gamma = gamma;
        InitialStep();
    }

    /// <summary>Epochs between decays.</summary>
    public int step_size { get; }

    /// <summary>Multiplicative decay.</summary>
    public double gamma { get; }

    private protected override IReadOnlyList<double> get_lr()
    {
        var lrs = CurrentLrs();
        if (last_epoch == 0 || last_epoch % step_size != 0)
        {
            return lrs;
        }
        return lrs.Select(lr => lr * gamma).ToArray();
    }
}
