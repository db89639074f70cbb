using static Siamese.Torch.torch.optim;
using static Siamese.Torch.torch.optim.lr_scheduler;

namespace Siamese.Torch.Modules;

/// <summary>
/// Reduces every group's lr by <see cref="factor"/> when a metric stops improving
/// (<c>torch.optim.lr_scheduler.ReduceLROnPlateau</c>, PyTorch 1.13 semantics): after more than
/// <see cref="patience"/> epochs without an improvement beyond <see cref="threshold"/> (relative or absolute),
/// the lr drops (never below <c>min_lr</c>, and not at all when the change would be under <see cref="eps"/>),
/// then <see cref="cooldown"/> epochs pass before bad epochs count again. Feed it with <c>step(metric)</c>.
/// </summary>
public sealed class ReduceLROnPlateau : LRScheduler
{
    private readonly double[] _minLrs;
    private readonly bool _maximize;
    private readonly bool _relative;

    internal ReduceLROnPlateau(Optimizer optimizer, string mode, double factor, int patience, double threshold,
        string threshold_mode, int cooldown, double min_lr, double eps, IReadOnlyList<double>? min_lrs)
        : base(optimizer)
    {
        if (!(factor < 1.0))
        {
            throw new ArgumentException("Factor should be < 1.0.", nameof(factor));
        }
        _maximize = mode switch
        {
            "min" => false,
            "max" => true,
            _ => throw new ArgumentException($"mode {mode} is unknown! (use \"min\" or \"max\")", nameof(mode)),
        };
        _relative = threshold_mode switch
        {
            "rel" => true,
            "abs" => false,
            _ => throw new ArgumentException($"threshold mode {threshold_mode} is unknown! (use \"rel\" or \"abs\")", nameof(threshold_mode)),
        };
        var groups = optimizer.param_groups.Count;
        if (min_lrs is not null && min_lrs.Count != groups)
        {
            throw new ArgumentException($"expected {groups} min_lrs, got {min_lrs.Count}", nameof(min_lrs));
        }
        _minLrs = min_lrs?.ToArray() ?? Enumerable.Repeat(min_lr, groups).ToArray();
        this.mode = mode;
        this.factor = factor;
        this.patience = patience;
        this.threshold = threshold;
        this.threshold_mode = threshold_mode;
        this.cooldown = cooldown;
        this.eps = eps;
        best = _maximize ? double.NegativeInfinity : double.PositiveInfinity;
    }

    /// <summary>"min" or "max".</summary>
    public string mode { get; }

    /// <summary>Multiplicative reduction.</summary>
    public double factor { get; }

    /// <summary>Epochs without improvement tolerated before reducing.</summary>
    public int patience { get; }

    /// <summary>Minimum change that counts as an improvement.</summary>
    public double threshold { get; }

    /// <summary>"rel" or "abs".</summary>
    public string threshold_mode { get; }

    /// <summary>Epochs to wait after a reduction.</summary>
    public int cooldown { get; }

    /// <summary>Reductions smaller than this are skipped.</summary>
    public double eps { get; }

    /// <summary>The lower bound of each group's lr.</summary>
    public IReadOnlyList<double> min_lrs => _minLrs;

    /// <summary>The best metric seen so far (±infinity before the first step).</summary>
    public double best { get; private set; }

    /// <summary>Consecutive epochs without improvement.</summary>
    public int num_bad_epochs { get; private set; }

    /// <summary>Epochs of cooldown left.</summary>
    public int cooldown_counter { get; private set; }

    /// <summary>Always throws: this scheduler needs the metric, <c>step(metric)</c>.</summary>
    public override void step() =>
        throw new InvalidOperationException("ReduceLROnPlateau needs the monitored metric: call step(metric).");

    /// <summary>Records one epoch's <paramref name="metric"/> and reduces the lr on a plateau.</summary>
    public override void step(double metric)
    {
        last_epoch++;
        if (IsBetter(metric, best))
        {
            best = metric;
            num_bad_epochs = 0;
        }
        else
        {
            num_bad_epochs++;
        }
        if (cooldown_counter > 0)
        {
            cooldown_counter--;
            num_bad_epochs = 0;
        }
        if (num_bad_epochs > patience)
        {
            ReduceLr();
            cooldown_counter = cooldown;
            num_bad_epochs = 0;
        }
        RecordLastLr();
    }

    private void ReduceLr()
    {
        var groups = optimizer.param_groups;
        for (var i = 0; i < groups.Count; i++)
        {
            var oldLr = groups[i].lr;
            var newLr = Math.Max(oldLr * factor, _minLrs[i]);
            if (oldLr - newLr > eps)
            {
                groups[i].lr = newLr;
            }
        }
    }

    private bool IsBetter(double a, double best) => (_maximize, _relative) switch
    {
        (false, true) => a < best * (1.0 - threshold),
        (false, false) => a < best - threshold,
        (true, true) => a > best * (threshold + 1.0),
        (true, false) => a > best + threshold,
    };

    private protected override IReadOnlyList<double> get_lr() => CurrentLrs();
}
