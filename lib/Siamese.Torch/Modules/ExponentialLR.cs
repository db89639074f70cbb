using static Siamese.Torch.torch.optim;
using static Siamese.Torch.torch.optim.lr_scheduler;

namespace Siamese.Torch.Modules;

/// <summary>
/// Decays every group's lr by <c>gamma</c> every epoch (<c>torch.optim.lr_scheduler.ExponentialLR</c>):
/// lr(epoch) = initial_lr * gamma^epoch, computed recursively as PyTorch does.
/// </summary>
public sealed class ExponentialLR : LRScheduler
{
    internal ExponentialLR(Optimizer optimizer, double gamma, int last_epoch)
        : base(optimizer, last_epoch)
    {
        this.gamma = gamma;
        InitialStep();
    }

    /// <summary>Multiplicative decay per epoch.</summary>
    public double gamma { get; }

    private protected override IReadOnlyList<double> get_lr()
    {
        var lrs = CurrentLrs();
        return last_epoch == 0 ? lrs : lrs.Select(lr => lr * gamma).ToArray();
    }
}
