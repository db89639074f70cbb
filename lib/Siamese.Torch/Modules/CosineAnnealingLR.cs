using static Siamese.Torch.torch.optim;
using static Siamese.Torch.torch.optim.lr_scheduler;

namespace Siamese.Torch.Modules;

/// <summary>
/// Cosine annealing (<c>torch.optim.lr_scheduler.CosineAnnealingLR</c>, SGDR without restarts): the lr follows
/// eta_min + (initial_lr - eta_min) * (1 + cos(pi * epoch / T_max)) / 2, computed with PyTorch 1.13's recursive
/// form (which keeps working past T_max, climbing back up, and composes with other changes to the lr).
/// </summary>
public sealed class CosineAnnealingLR : LRScheduler
{
    internal CosineAnnealingLR(Optimizer optimizer, int T_max, double eta_min, int last_epoch)
        : base(optimizer, last_epoch)
    {
        if (T_max < 1)
        {
            throw new ArgumentException($"Invalid T_max: {T_max} (must be >= 1).", nameof(T_max));
        }
        this.T_max = T_max;
        this.eta_min = eta_min;
        InitialStep();
    }

    /// <summary>Epochs of a half period.</summary>
    public int T_max { get; }

    /// <summary>The minimum learning rate.</summary>
    public double eta_min { get; }

    private protected override IReadOnlyList<double> get_lr()
    {
        var lrs = CurrentLrs();
        if (last_epoch == 0)
        {
            return lrs;
        }
        var result = new double[lrs.Length];
        for (var i = 0; i < lrs.Length; i++)
        {
            var baseLr = base_lrs[i];
            if (StepCount == 1 && last_epoch > 0)
            {
                // Resuming at a later epoch: the closed form, as PyTorch's first step does.
                result[i] = eta_min + (baseLr - eta_min) * (1 + Math.Cos(last_epoch * Math.PI / T_max)) / 2;
            }
            else if ((last_epoch - 1 - T_max) % (2 * T_max) == 0)
            {
                result[i] = lrs[i] + (baseLr - eta_min) * (1 - Math.Cos(Math.PI / T_max)) / 2;
            }
            else
            {
                result[i] = (1 + Math.Cos(Math.PI * last_epoch / T_max)) /
                    (1 + Math.Cos(Math.PI * (last_epoch - 1) / T_max)) * (lrs[i] - eta_min) + eta_min;
            }
        }
        return result;
    }
}
