namespace Siamese.Torch;

public static partial class torch
{
    public static partial class optim
    {
        /// <summary>
        /// Learning-rate schedules (<c>torch.optim.lr_scheduler</c>): factory methods that create the scheduler
        /// classes of <c>Siamese.Torch.Modules</c>, as in TorchSharp, with PyTorch 1.13's semantics and numbers.
        /// </summary>
        public static partial class lr_scheduler
        {
            /// <summary>Multiplies the lr by <paramref name="gamma"/> every <paramref name="step_size"/> epochs.</summary>
            /// <param name="optimizer">The optimizer whose groups' lr is scheduled.</param>
            /// <param name="step_size">Epochs between decays (&gt;= 1).</param>
            /// <param name="gamma">Multiplicative decay.</param>
            /// <param name="last_epoch">The last epoch done when resuming (-1 for a fresh start).</param>
            public static Modules.StepLR StepLR(Optimizer optimizer, int step_size, double gamma = 0.1, int last_epoch = -1) =>
                new(optimizer, step_size, gamma, last_epoch);

            /// <summary>Multiplies the lr by <paramref name="gamma"/> every epoch.</summary>
            /// <param name="optimizer">The optimizer whose groups' lr is scheduled.</param>
            /// <param name="gamma">Multiplicative decay per epoch.</param>
            /// <param name="last_epoch">The last epoch done when resuming (-1 for a fresh start).</param>
            public static Modules.ExponentialLR ExponentialLR(Optimizer optimizer, double gamma, int last_epoch = -1) =>
                new(optimizer, gamma, last_epoch);

            /// <summary>
            /// Cosine annealing from the initial lr down to <paramref name="eta_min"/> over <paramref name="T_max"/>
            /// epochs (and back up over the next T_max, as PyTorch's recursive form does without restarts).
            /// </summary>
            /// <param name="optimizer">The optimizer whose groups' lr is scheduled.</param>
            /// <param name="T_max">Epochs of a half period (&gt;= 1).</param>
            /// <param name="eta_min">The minimum learning rate.</param>
            /// <param name="last_epoch">The last epoch done when resuming (-1 for a fresh start).</param>
            public static Modules.CosineAnnealingLR CosineAnnealingLR(Optimizer optimizer, int T_max, double eta_min = 0, int last_epoch = -1) =>
                new(optimizer, T_max, eta_min, last_epoch);

            /// <summary>
            /// Multiplies the lr by <paramref name="factor"/> when a metric (fed to <c>step(metric)</c>) has not
            /// improved for more than <paramref name="patience"/> epochs.
            /// </summary>
            /// <param name="optimizer">The optimizer whose groups' lr is reduced.</param>
            /// <param name="mode">"min" (a loss) or "max" (an accuracy).</param>
            /// <param name="factor">Multiplicative reduction, &lt; 1.</param>
            /// <param name="patience">Epochs without improvement tolerated before reducing.</param>
            /// <param name="threshold">Minimum change that counts as an improvement.</param>
            /// <param name="threshold_mode">"rel" (relative to the best) or "abs".</param>
            /// <param name="cooldown">Epochs to wait after a reduction before counting bad epochs again.</param>
            /// <param name="min_lr">Lower bound of every group's lr.</param>
            /// <param name="eps">Reductions smaller than this are skipped.</param>
            /// <param name="min_lrs">Per-group lower bounds (overrides <paramref name="min_lr"/>; one per group).</param>
            public static Modules.ReduceLROnPlateau ReduceLROnPlateau(Optimizer optimizer, string mode = "min", double factor = 0.1,
                int patience = 10, double threshold = 1e-4, string threshold_mode = "rel", int cooldown = 0, double min_lr = 0,
                double eps = 1e-8, IReadOnlyList<double>? min_lrs = null) =>
                new(optimizer, mode, factor, patience, threshold, threshold_mode, cooldown, min_lr, eps, min_lrs);
        }
    }
}
