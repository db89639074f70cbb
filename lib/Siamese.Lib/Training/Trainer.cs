using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.optim;

namespace Siamese.Lib.Training;

/// <summary>
/// A training loop that knows nothing about Siamese networks: it takes a model (for its parameters, mode and
/// device), a data factory per epoch and a loss closure, and does the rest — optimizer and per-group settings,
/// gradient clipping, an explicit L2 penalty, validation, early stopping with best-weight restore, a
/// learning-rate schedule, checkpoints that resume exactly, detection of a diverged loss, progress events and
/// a <see cref="TrainingHistory"/>. Each step runs in its own dispose scope, opened before the batch is produced:
/// tensors created for a batch are freed after its step (tensors that existed before, such as a dataset kept on the
/// device, are untouched), so memory stays flat over any number of steps. The step reads nothing back from the
/// device unless a check, clipping or a handler asks for it.
/// </summary>
public sealed class Trainer
{
    private const string BestFile = "best.safetensors";
    private const string LastFile = "last.safetensors";
    private const string StateFile = "trainer.json";
    private const string OptimizerFile = "last.optimizer.bin";
    private const int GpuFiniteCheckInterval = 50;

    /// <summary>Creates a trainer and moves the model to the training device.</summary>
    public Trainer(nn.Module model, TrainerOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Model = model;
        Options = options;
        Device = options.Device ?? (cuda.is_available() ? CUDA : CPU);
        model.to(Device);
    }

    /// <summary>The model being trained.</summary>
    public nn.Module Model { get; }

    /// <summary>The settings.</summary>
    public TrainerOptions Options { get; }

    /// <summary>The device everything runs on.</summary>
    public Device Device { get; }

    /// <summary>The optimizer of the last <c>Fit</c> call (for inspection, e.g. its learning rates).</summary>
    public Optimizer? Optimizer { get; private set; }

    /// <summary>Raised after every optimizer step.</summary>
    public event EventHandler<BatchEndEventArgs>? BatchEnd;

    /// <summary>Raised after every epoch (after validation and checkpointing).</summary>
    public event EventHandler<EpochEndEventArgs>? EpochEnd;

    /// <summary>Trains the model.</summary>
    /// <typeparam name="TBatch">Whatever one batch is (a tuple of tensors, a record...).</typeparam>
    /// <param name="trainBatches">Gives the epoch's training batches, already on <see cref="EpochContext.Device"/>.</param>
    /// <param name="loss">Computes the scalar loss of one batch with the model (called in training mode with gradients on).</param>
    /// <param name="validationBatches">Gives validation batches, or null for no validation loss.</param>
    /// <param name="validationMetrics">Computes validation metrics by name (called in eval mode without gradients), or null.</param>
    /// <param name="cancellationToken">Stops after the current batch; the history records why.</param>
    /// <returns>The per-epoch history.</returns>
    public TrainingHistory Fit<TBatch>(
        Func<EpochContext, IEnumerable<TBatch>> trainBatches,
        Func<TBatch, Tensor> loss,
        Func<EpochContext, IEnumerable<TBatch>>? validationBatches = null,
        Func<EpochContext, IReadOnlyDictionary<string, double>>? validationMetrics = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trainBatches);
        ArgumentNullException.ThrowIfNull(loss);
        var options = Options;
        if (options.EarlyStopping is not null && validationBatches is null && validationMetrics is null)
        {
            throw new ArgumentException("Early stopping monitors validation, but no validation data or metrics were given.");
        }

        manual_seed(options.Seed);
        Optimizer?.Dispose();
        var optimizer = Optimizer = options.OptimizerFactory(BuildGroups());
        var scheduler = options.SchedulerFactory?.Invoke(optimizer);
        var stopping = options.EarlyStopping is { } es ? new EarlyStopping(es) : null;
        var history = new TrainingHistory();
        var trainable = Model.parameters().Where(p => p.requires_grad).ToArray();
        var finiteInterval = options.FiniteCheckInterval ?? (Device.type == DeviceType.CUDA ? GpuFiniteCheckInterval : 1);
        Dictionary<string, Tensor>? bestWeights = null;
        long step = 0;
        var startEpoch = 1;

        if (options.Resume && File.Exists(CheckpointPath(LastFile)))
        {
            (startEpoch, step) = RestoreLast(optimizer, scheduler, stopping, history);
        }

        try
        {
            for (var epoch = startEpoch; epoch <= options.Epochs; epoch++)
            {
                var clock = Stopwatch.StartNew();
                // Reseeding per epoch makes epoch e's randomness independent of how the run got there: a resumed
                // run repeats exactly what the uninterrupted one did.
                var epochSeed = EpochSeed(options.Seed, epoch);
                manual_seed(epochSeed);
                var context = new EpochContext(epoch, options.BatchSize, Device, new Random(unchecked((int)epochSeed)), false);
                var learningRate = LearningRate(optimizer);

                Model.train();
                var (trainLoss, steps) = TrainEpoch(trainBatches(context), loss, optimizer, trainable, epoch, step, finiteInterval, cancellationToken);
                step += steps;

                double? validationLoss = null;
                IReadOnlyDictionary<string, double> metrics = new Dictionary<string, double>();
                var validates = epoch % options.ValidationInterval == 0 || epoch == options.Epochs;
                if (validates && (validationBatches is not null || validationMetrics is not null))
                {
                    (validationLoss, metrics) = Validate(validationBatches, validationMetrics, loss, context with { IsValidation = true, Random = new Random(unchecked((int)epochSeed) ^ 1) });
                }
                var record = new EpochRecord(epoch, trainLoss, validationLoss, metrics, learningRate, clock.Elapsed.TotalSeconds);
                history.Add(record);

                var improved = false;
                if (stopping is not null && record.Get(stopping.Options.Monitor) is { } monitored)
                {
                    improved = stopping.Observe(epoch, monitored);
                    if (improved && stopping.Options.RestoreBestWeights)
                    {
                        DisposeAll(bestWeights);
                        bestWeights = Snapshot();
                    }
                }
                else if (stopping is not null && validates)
                {
                    throw new InvalidOperationException(
                        $"Early stopping monitors '{stopping.Options.Monitor}', which epoch {epoch} did not produce " +
                        $"(it has: {TrainingHistory.ValidationLossKey}{(metrics.Count > 0 ? ", " + string.Join(", ", metrics.Keys) : "")}).");
                }
                StepScheduler(scheduler, record);
                if (options.CheckpointDirectory is not null)
                {
                    if (improved)
                    {
                        CheckpointFile.Save(CheckpointPath(BestFile), ModelState());
                    }
                    SaveLast(optimizer, stopping, history, epoch, step);
                }

                var args = new EpochEndEventArgs(record, history, improved);
                EpochEnd?.Invoke(this, args);
                if (cancellationToken.IsCancellationRequested)
                {
                    history.StopReason = $"Cancelled during epoch {epoch}.";
                    break;
                }
                if (args.Stop)
                {
                    history.StopReason = $"Stopped by an EpochEnd handler after epoch {epoch}.";
                    break;
                }
                if (stopping is { ShouldStop: true })
                {
                    history.StopReason =
                        $"Early stopping after epoch {epoch}: {stopping.Options.Monitor} did not improve for {stopping.Options.Patience} " +
                        $"validation(s); best {stopping.BestValue.ToString("G6", CultureInfo.InvariantCulture)} at epoch {stopping.BestEpoch}.";
                    break;
                }
            }

            if (stopping is { Options.RestoreBestWeights: true, BestEpoch: > 0 } && bestWeights is not null)
            {
                Load(bestWeights);
                history.BestEpoch = stopping.BestEpoch;
            }
        }
        finally
        {
            DisposeAll(bestWeights);
        }
        return history;
    }

    /// <summary>Writes the model's current weights (parameters and buffers) to a safetensors file.</summary>
    public void SaveWeights(string path) => CheckpointFile.Save(path, ModelState());

    /// <summary>Loads weights written by <see cref="SaveWeights"/> (or the trainer's <c>best.safetensors</c>) into the model.</summary>
    public void LoadWeights(string path)
    {
        var tensors = CheckpointFile.Load(path);
        try
        {
            Load(tensors);
        }
        finally
        {
            DisposeAll(tensors);
        }
    }

    private (double Loss, long Steps) TrainEpoch<TBatch>(IEnumerable<TBatch> batches, Func<TBatch, Tensor> loss, Optimizer optimizer,
        TorchSharp.Modules.Parameter[] trainable, int epoch, long stepBefore, int finiteInterval, CancellationToken cancellationToken)
    {
        // Device-side accumulators: the epoch's loss sum and the current check window's sum (one NaN or ∞ in the
        // window makes the window's sum non-finite), read back only at check points and at the end.
        using var epochSum = zeros([], ScalarType.Float64, Device);
        using var windowSum = zeros([], ScalarType.Float64, Device);
        long steps = 0;
        var windowStart = stepBefore + 1;
        var index = 0;
        using var enumerator = batches.GetEnumerator();
        while (true)
        {
            // The scope opens before the batch is produced, so tensors the data factory creates for this batch
            // (indexing, augmentation, the copy to the device) are freed with the step's own temporaries.
            using (var scope = NewDisposeScope())
            {
                if (!enumerator.MoveNext())
                {
                    break;
                }
                var batch = enumerator.Current;
                optimizer.zero_grad();
                var value = loss(batch);
                if (value.numel() != 1)
                {
                    throw new InvalidOperationException(
                        $"The loss closure returned shape [{string.Join(", ", value.shape)}]; it must return a scalar (reduce with mean() or sum()).");
                }
                var objective = Options.L2Penalty > 0 ? value + Penalty(trainable) : value;
                objective.backward();
                if (Options.GradientClipNorm is { } clip)
                {
                    nn.utils.clip_grad_norm_(trainable, clip);
                }
                optimizer.step();
                steps++;
                var step = stepBefore + steps;
                var detached = value.detach().to(ScalarType.Float64);
                epochSum.add_(detached);
                windowSum.add_(detached);
                if (steps % finiteInterval == 0)
                {
                    CheckFinite(windowSum, epoch, windowStart, step, optimizer);
                    windowSum.zero_();
                    windowStart = step + 1;
                }
                if (BatchEnd is { } handler)
                {
                    handler(this, new BatchEndEventArgs(epoch, index, step, LearningRate(optimizer), () => value.item<double>()));
                }
            }
            index++;
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }
        if (steps == 0)
        {
            throw new InvalidOperationException(
                $"The training data produced no batches in epoch {epoch}: the dataset is empty or the batch size ({Options.BatchSize}) " +
                "is larger than the dataset with incomplete batches dropped.");
        }
        if (steps % finiteInterval != 0)
        {
            CheckFinite(windowSum, epoch, windowStart, stepBefore + steps, optimizer);
        }
        return (epochSum.item<double>() / steps, steps);
    }

    private void CheckFinite(Tensor windowSum, int epoch, long first, long last, Optimizer optimizer)
    {
        var value = windowSum.item<double>();
        if (!double.IsFinite(value))
        {
            throw new NonFiniteLossException(epoch, first, last, value, LearningRate(optimizer));
        }
    }

    private Tensor Penalty(TorchSharp.Modules.Parameter[] trainable)
    {
        Tensor? sum = null;
        foreach (var p in trainable)
        {
            var term = p.square().sum();
            sum = sum is null ? term : sum + term;
        }
        return sum is null ? zeros([], device: Device) : sum * Options.L2Penalty;
    }

    private (double? Loss, IReadOnlyDictionary<string, double> Metrics) Validate<TBatch>(
        Func<EpochContext, IEnumerable<TBatch>>? batches, Func<EpochContext, IReadOnlyDictionary<string, double>>? metrics,
        Func<TBatch, Tensor> loss, EpochContext context)
    {
        Model.eval();
        try
        {
            using var noGrad = no_grad();
            double? mean = null;
            if (batches is not null)
            {
                using var sum = zeros([], ScalarType.Float64, Device);
                var count = 0;
                using var enumerator = batches(context).GetEnumerator();
                while (true)
                {
                    using var scope = NewDisposeScope();
                    if (!enumerator.MoveNext())
                    {
                        break;
                    }
                    sum.add_(loss(enumerator.Current).detach().to(ScalarType.Float64));
                    count++;
                }
                if (count == 0)
                {
                    throw new InvalidOperationException($"The validation data produced no batches in epoch {context.Epoch}: the validation set is empty.");
                }
                mean = sum.item<double>() / count;
            }
            var values = metrics?.Invoke(context) ?? new Dictionary<string, double>();
            return (mean, values);
        }
        finally
        {
            Model.train();
        }
    }

    private void StepScheduler(lr_scheduler.LRScheduler? scheduler, EpochRecord record)
    {
        if (scheduler is null)
        {
            return;
        }
        if (scheduler is not lr_scheduler.impl.ReduceLROnPlateau)
        {
            scheduler.step();
        }
        else if (record.Get(Options.SchedulerMonitor) is { } metric)
        {
            scheduler.step(metric);
        }
    }

    private List<ParameterGroup> BuildGroups()
    {
        var named = Model.named_parameters().Where(p => p.parameter.requires_grad).ToList();
        if (named.Count == 0)
        {
            throw new InvalidOperationException("The model has no trainable parameters (all frozen?).");
        }
        var buckets = Options.ParameterGroups.Select(_ => new List<TorchSharp.Modules.Parameter>()).ToList();
        var rest = new List<TorchSharp.Modules.Parameter>();
        foreach (var (name, p) in named)
        {
            var g = Options.ParameterGroups.ToList().FindIndex(s => s.Selects(name));
            (g >= 0 ? buckets[g] : rest).Add(p);
        }
        var groups = new List<ParameterGroup>();
        for (var g = 0; g < buckets.Count; g++)
        {
            var s = Options.ParameterGroups[g];
            if (buckets[g].Count == 0)
            {
                throw new ArgumentException($"Parameter group '{s.Name}' selects no trainable parameter; names are like '{named[0].name}'.");
            }
            groups.Add(new ParameterGroup(buckets[g], s.LearningRate, s.Momentum, s.WeightDecay));
        }
        if (rest.Count > 0)
        {
            groups.Add(new ParameterGroup(rest));
        }
        return groups;
    }

    private IEnumerable<KeyValuePair<string, Tensor>> ModelState() =>
        Model.named_parameters().Select(p => new KeyValuePair<string, Tensor>(p.name, p.parameter))
            .Concat(Model.named_buffers().Select(b => new KeyValuePair<string, Tensor>(b.name, b.buffer)));

    private Dictionary<string, Tensor> Snapshot()
    {
        using var noGrad = no_grad();
        return ModelState().ToDictionary(p => p.Key, p => p.Value.detach().clone().DetachFromDisposeScope(), StringComparer.Ordinal);
    }

    private void Load(IReadOnlyDictionary<string, Tensor> state)
    {
        using var noGrad = no_grad();
        foreach (var (name, target) in ModelState())
        {
            if (!state.TryGetValue(name, out var source))
            {
                throw new InvalidDataException($"The checkpoint has no tensor '{name}': it was saved from a different model.");
            }
            if (!source.shape.SequenceEqual(target.shape))
            {
                throw new InvalidDataException(
                    $"Checkpoint tensor '{name}' has shape [{string.Join(", ", source.shape)}], the model's is [{string.Join(", ", target.shape)}].");
            }
            target.copy_(source);
        }
    }

    private void SaveLast(Optimizer optimizer, EarlyStopping? stopping, TrainingHistory history, int epoch, long step)
    {
        CheckpointFile.Save(CheckpointPath(LastFile), ModelState());
        CheckpointFile.SaveOptimizer(CheckpointPath(OptimizerFile), optimizer);
        var state = new ResumeState(epoch, step, Options.Seed, stopping?.BestEpoch ?? 0, stopping?.BestValue ?? double.NaN, stopping?.Wait ?? 0, history.ToJson());
        File.WriteAllText(CheckpointPath(StateFile), JsonSerializer.Serialize(state, ResumeState.Json));
    }

    private (int StartEpoch, long Step) RestoreLast(Optimizer optimizer, lr_scheduler.LRScheduler? scheduler, EarlyStopping? stopping, TrainingHistory history)
    {
        var state = JsonSerializer.Deserialize<ResumeState>(File.ReadAllText(CheckpointPath(StateFile)), ResumeState.Json)
            ?? throw new InvalidDataException($"'{CheckpointPath(StateFile)}' holds no trainer state.");
        if (state.Seed != Options.Seed)
        {
            throw new InvalidOperationException($"The checkpoint was trained with seed {state.Seed}, these options say {Options.Seed}; resuming would not reproduce the run.");
        }
        var saved = TrainingHistory.FromJson(state.History);
        foreach (var record in saved.Epochs)
        {
            history.Add(record);
            // Replaying the schedule reproduces its internal counters (plateau best, bad epochs, cooldown);
            // the learning rates themselves come back with the optimizer's state below.
            StepScheduler(scheduler, record);
        }
        stopping?.Restore(state.BestEpoch, state.BestValue, state.Wait);
        var tensors = CheckpointFile.Load(CheckpointPath(LastFile));
        try
        {
            Load(tensors);
        }
        finally
        {
            DisposeAll(tensors);
        }
        CheckpointFile.LoadOptimizer(CheckpointPath(OptimizerFile), optimizer);
        return (state.Epoch + 1, state.Step);
    }

    private string CheckpointPath(string file) =>
        Path.Combine(Options.CheckpointDirectory ?? throw new InvalidOperationException("No checkpoint directory."), file);

    private static double LearningRate(Optimizer optimizer) => optimizer.ParamGroups.First().LearningRate;

    private static long EpochSeed(long seed, int epoch) => unchecked(seed * 1_000_003 + epoch);

    private static void DisposeAll(Dictionary<string, Tensor>? tensors)
    {
        if (tensors is null)
        {
            return;
        }
        foreach (var t in tensors.Values)
        {
            t.Dispose();
        }
        tensors.Clear();
    }

    /// <summary>The trainer's own state in <c>trainer.json</c>.</summary>
    private sealed record ResumeState(int Epoch, long Step, long Seed, int BestEpoch, double BestValue, int Wait, string History)
    {
        public static readonly JsonSerializerOptions Json = new()
        {
            NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
    }
}
