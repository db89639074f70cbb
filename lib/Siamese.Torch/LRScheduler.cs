namespace Siamese.Torch;

public static partial class torch
{
    public static partial class optim
    {
        public static partial class lr_scheduler
        {
            /// <summary>
            /// Base of the learning-rate schedulers (PyTorch's <c>_LRScheduler</c>): each <see cref="step()"/>
            /// advances <see cref="last_epoch"/> and writes a new <c>lr</c> into every parameter group of the
            /// optimizer. Epoch schedulers use PyTorch's recursive ("chainable") formulas, which build on the
            /// group's current lr, so their numbers match PyTorch 1.13's exactly. Call it after
            /// <c>optimizer.step()</c>, once per epoch (or per batch, as the schedule is meant).
            /// </summary>
            public abstract class LRScheduler
            {
                private double[] _lastLr;

                /// <summary>
                /// An epoch scheduler. With <paramref name="last_epoch"/> = -1 (a fresh start) every group's
                /// <c>initial_lr</c> is set to its lr unless an earlier scheduler set it; to resume at a later
                /// epoch the groups must already have <c>initial_lr</c> (restored with the optimizer's state).
                /// </summary>
                private protected LRScheduler(Optimizer optimizer, int last_epoch)
                    : this(optimizer)
                {
                    var groups = optimizer.param_groups;
                    for (var i = 0; i < groups.Count; i++)
                    {
                        if (last_epoch == -1)
                        {
                            groups[i].initial_lr ??= groups[i].lr;
                        }
                        else if (groups[i].initial_lr is null)
                        {
                            throw new ArgumentException(
                                $"param 'initial_lr' is not specified in param_groups[{i}] when resuming an optimizer", nameof(last_epoch));
                        }
                    }
                    base_lrs = groups.Select(g => g.initial_lr!.Value).ToArray();
                    this.last_epoch = last_epoch;
                }

                /// <summary>A scheduler that only reads and writes the groups' current lr (ReduceLROnPlateau).</summary>
                private protected LRScheduler(Optimizer optimizer)
                {
                    ArgumentNullException.ThrowIfNull(optimizer);
                    this.optimizer = optimizer;
                    base_lrs = [];
                    _lastLr = CurrentLrs();
                }

                /// <summary>The optimizer whose learning rates this scheduler sets.</summary>
                public Optimizer optimizer { get; }

                /// <summary>The learning rate of each group when the schedule started.</summary>
                public IReadOnlyList<double> base_lrs { get; }

                /// <summary>The index of the last epoch stepped (0 after construction, -1 before it).</summary>
                public int last_epoch { get; private protected set; }

                /// <summary>Number of <see cref="step()"/> calls, the constructor's initial step included.</summary>
                private protected int StepCount { get; private set; }

                /// <summary>Performs PyTorch's initial step (epoch 0); call it at the end of the constructor.</summary>
                private protected void InitialStep()
                {
                    StepCount = 0;
                    step();
                }

                /// <summary>Advances one epoch and sets every group's lr to the schedule's next value.</summary>
                public virtual void step()
                {
                    StepCount++;
                    last_epoch++;
                    var values = get_lr();
                    var groups = optimizer.param_groups;
                    for (var i = 0; i < groups.Count; i++)
                    {
                        groups[i].lr = values[i];
                    }
                    _lastLr = CurrentLrs();
                }

                /// <summary>
                /// Steps with a validation metric: <see cref="Modules.ReduceLROnPlateau"/> uses it; epoch schedulers
                /// ignore it and do <see cref="step()"/>, so a training loop can drive any scheduler the same way.
                /// </summary>
                public virtual void step(double metric) => step();

                /// <summary>The lr of every group for the epoch <see cref="last_epoch"/> has just advanced to.</summary>
                private protected abstract IReadOnlyList<double> get_lr();

                /// <summary>The learning rate of each group after the last step.</summary>
                public IReadOnlyList<double> get_last_lr() => _lastLr.ToArray();

                /// <summary>Records the groups' current learning rates as the last ones.</summary>
                private protected void RecordLastLr() => _lastLr = CurrentLrs();

                /// <summary>The groups' current learning rates.</summary>
                private protected double[] CurrentLrs() => optimizer.param_groups.Select(g => g.lr).ToArray();
            }
        }
    }
}
