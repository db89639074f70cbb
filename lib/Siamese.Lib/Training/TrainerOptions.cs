using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.optim;

namespace Siamese.Lib.Training;

/// <summary>
/// Everything a <see cref="Trainer"/> run needs besides the model, the data and the loss. Each default is
/// chosen so that a first run on a laptop CPU behaves sensibly; the reason is given with each property.
/// </summary>
public sealed record TrainerOptions
{
    /// <summary>Number of passes over the training data. Default 10: enough to see a learning curve take shape on the quick datasets.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>
    /// Examples per batch, handed to the data factory through <see cref="EpochContext.BatchSize"/>.
    /// Default 32: the batch size of the PyTorch Siamese article and Koch's reimplementations, small enough for CPU memory.
    /// </summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>
    /// Where the model and batches live. Default null: CUDA when <c>torch.cuda.is_available()</c>, otherwise the CPU,
    /// so the same notebook uses a GPU when there is one.
    /// </summary>
    public Device? Device { get; init; }

    /// <summary>
    /// Seed of every random choice: libtorch's generator (initialisation done after this point, dropout) and
    /// each epoch's <see cref="EpochContext.Random"/>. Default 0: runs are reproducible unless asked otherwise.
    /// </summary>
    public long Seed { get; init; }

    /// <summary>
    /// Builds the optimizer from the trainer's optimizer-agnostic parameter groups (one per entry of
    /// <see cref="ParameterGroups"/> that selects something, then one for the rest). Default Adam at 1e-3 (Kingma &amp;
    /// Ba's default), the most forgiving choice for a first run; Koch's SGD with per-layer settings is one line:
    /// <c>groups =&gt; Optimizers.SGD(groups, 0.01, momentum: 0.5)</c> with <see cref="ParameterGroups"/>.
    /// </summary>
    public Func<IReadOnlyList<ParameterGroup>, Optimizer> OptimizerFactory { get; init; } = groups => Optimizers.Adam(groups);

    /// <summary>
    /// Builds a learning-rate scheduler, or null for a constant rate (the default: schedules are a choice to make
    /// knowingly). Stepped once per epoch after validation; <c>ReduceLROnPlateau</c> receives the value of
    /// <see cref="SchedulerMonitor"/>.
    /// </summary>
    public Func<Optimizer, lr_scheduler.LRScheduler>? SchedulerFactory { get; init; }

    /// <summary>The history key passed to a plateau scheduler's <c>step(metric)</c>. Default "val_loss", which every validated run has.</summary>
    public string SchedulerMonitor { get; init; } = TrainingHistory.ValidationLossKey;

    /// <summary>Per-parameter-group settings (e.g. Koch's per-layer learning rates). Default none: one group with the optimizer's settings.</summary>
    public IReadOnlyList<ParameterGroupSettings> ParameterGroups { get; init; } = [];

    /// <summary>
    /// Clip the joint gradient norm to this value before each step, or null not to clip (the default: clipping
    /// hides a too-high learning rate and costs a host read per step). MaLSTM-style recurrent models want it.
    /// </summary>
    public double? GradientClipNorm { get; init; }

    /// <summary>
    /// Explicit L2 penalty λ·Σw² over every trainable parameter, added to the loss. Default 0. Prefer the
    /// optimizer's weight decay (same effect for SGD, decoupled for AdamW); this form exists for comparisons
    /// where the penalty must appear in the reported loss.
    /// </summary>
    public double L2Penalty { get; init; }

    /// <summary>Validate every this many epochs (and always after the last). Default 1: early stopping and plateau schedules need a value each epoch.</summary>
    public int ValidationInterval { get; init; } = 1;

    /// <summary>Early stopping, or null to run all epochs (the default: stopping is a decision to make knowingly).</summary>
    public EarlyStoppingOptions? EarlyStopping { get; init; }

    /// <summary>
    /// A directory for checkpoints, or null for none (the default: notebooks should not write files unasked).
    /// Holds <c>best.safetensors</c> (weights of the best validation epoch), and <c>last.safetensors</c>,
    /// <c>last.optimizer.bin</c> and <c>trainer.json</c> (model, optimizer and trainer state after the last epoch,
    /// for <see cref="Resume"/>).
    /// </summary>
    public string? CheckpointDirectory { get; init; }

    /// <summary>Continue from the last checkpoint in <see cref="CheckpointDirectory"/> when one exists. Default false.</summary>
    public bool Resume { get; init; }

    /// <summary>Numeric precision; float32 only for now (see <see cref="TrainingPrecision"/>).</summary>
    public TrainingPrecision Precision { get; init; } = TrainingPrecision.Float32;

    /// <summary>
    /// Check the loss for NaN/∞ every this many steps, or null for the default: every step on the CPU (reading
    /// one number there costs nothing, and the error then names the exact step), every 50 steps on a GPU (each
    /// check is a host sync; the error names the window of steps instead).
    /// </summary>
    public int? FiniteCheckInterval { get; init; }

    /// <summary>Throws if a setting is out of range.</summary>
    public void Validate()
    {
        if (Epochs < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Epochs), Epochs, "Train for at least one epoch.");
        }
        if (BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "The batch size must be at least 1.");
        }
        if (ValidationInterval < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ValidationInterval), ValidationInterval, "Validate at least every epoch count >= 1.");
        }
        if (GradientClipNorm is { } clip && !(clip > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(GradientClipNorm), clip, "The clipping norm must be positive.");
        }
        if (L2Penalty < 0 || !double.IsFinite(L2Penalty))
        {
            throw new ArgumentOutOfRangeException(nameof(L2Penalty), L2Penalty, "The L2 penalty must be finite and non-negative.");
        }
        if (FiniteCheckInterval is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(FiniteCheckInterval), FiniteCheckInterval, "Check at least every step count >= 1.");
        }
        if (Resume && CheckpointDirectory is null)
        {
            throw new ArgumentException("Resume needs a CheckpointDirectory to resume from.");
        }
        EarlyStopping?.Validate();
    }
}
