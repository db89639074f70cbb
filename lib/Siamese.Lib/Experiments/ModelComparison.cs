using System.Diagnostics;
using Siamese.Lib.Evaluation;
using Siamese.Lib.Models;
using Siamese.Lib.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Experiments;

/// <summary>
/// Trains a Siamese network on a <see cref="PairTask{TInput}"/> under a <see cref="ComparisonBudget"/> and measures
/// it: trainable parameters, training time, the loss of every step, validation AUC after every epoch, then test
/// accuracy (threshold from validation), test AUC and, for graded tasks, Spearman's ρ. Run it once per architecture
/// with the same task and budget and the rows are comparable: same pairs in the same order, same optimizer, same
/// number of steps.
/// </summary>
public static class ModelComparison
{
    /// <summary>The history metric holding the validation ROC AUC after each epoch.</summary>
    public const string ValidationAucKey = "val_auc";

    /// <summary>Trains <paramref name="network"/> (freshly initialised) on <paramref name="task"/> and measures it.</summary>
    /// <param name="model">Name for the tables (e.g. "Transformer").</param>
    /// <param name="network">The Siamese network; its head decides whether scores are distances or similarities.</param>
    /// <param name="task">Data, loss and evaluation pairs.</param>
    /// <param name="budget">Steps, batch size, optimizer settings, seed, device.</param>
    /// <param name="log">Receives one line per epoch (loss, validation AUC, seconds), or null.</param>
    public static ComparisonRun Run<TInput>(string model, SiameseNetwork<TInput> network, PairTask<TInput> task,
        ComparisonBudget budget, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(budget);
        budget.Validate();
        var trainer = new Trainer(network, new TrainerOptions
        {
            Epochs = budget.Epochs,
            BatchSize = budget.BatchSize,
            Device = budget.Device,
            Seed = budget.Seed,
            GradientClipNorm = budget.GradientClipNorm,
            OptimizerFactory = groups => Optimizers.Adam(groups, budget.LearningRate),
        });
        var parameters = CountParameters(network);
        var stepLosses = new List<double>();
        var validationSeconds = 0.0;
        var validationCpu = TimeSpan.Zero;
        trainer.BatchEnd += (_, e) => stepLosses.Add(e.Loss);
        trainer.EpochEnd += (_, e) => log?.Invoke(
            $"{model} on {task.Name}: epoch {e.Record.Epoch}/{budget.Epochs}  loss {e.Record.TrainLoss:F4}  " +
            $"val AUC {e.Record.Get(ValidationAucKey):F4}  {e.Record.Seconds:F1} s");

        var cpuBefore = ProcessorTime();
        var history = trainer.Fit(
            context => task.TrainBatches(context).Take(budget.BatchesPerEpoch),
            batch => task.Loss(network.call(batch.Left, batch.Right), batch.Target),
            validationMetrics: context =>
            {
                // Validation is bookkeeping for the learning curve, not training: its time is subtracted below.
                var clock = Stopwatch.StartNew();
                var cpu = ProcessorTime();
                var scores = Score(network, task.Validation, context.Device);
                var auc = RocCurve.Compute(scores, task.Validation.Same, network.Direction).Auc;
                validationSeconds += clock.Elapsed.TotalSeconds;
                validationCpu += ProcessorTime() - cpu;
                return new Dictionary<string, double> { [ValidationAucKey] = auc };
            });
        var cpuSeconds = (ProcessorTime() - cpuBefore - validationCpu).TotalSeconds;
        var trainSeconds = history.Epochs.Sum(e => e.Seconds) - validationSeconds;
        var evaluation = Evaluate(network, task, trainer.Device);
        return new ComparisonRun(model, task.Name, parameters, trainSeconds, cpuSeconds, budget.TrainingPairs, evaluation, stepLosses, history);
    }

    /// <summary>
    /// Measures a trained network on the task's pairs: threshold on validation, accuracy and ROC on test, Spearman's ρ
    /// against graded gold scores when the test pairs have them.
    /// </summary>
    public static PairEvaluation Evaluate<TInput>(SiameseNetwork<TInput> network, PairTask<TInput> task, Device device)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(task);
        var validation = Score(network, task.Validation, device);
        var clock = Stopwatch.StartNew();
        var test = Score(network, task.Test, device);
        var scoringSeconds = clock.Elapsed.TotalSeconds;
        var direction = network.Direction;
        var verification = Verification.Evaluate(validation, task.Validation.Same, test, task.Test.Same, direction);
        var roc = RocCurve.Compute(test, task.Test.Same, direction);
        double? spearman = task.Test.Gold is { } gold
            ? Correlation.Spearman(test.Select(s => direction == ScoreDirection.LowerMeansSame ? -s : s).ToArray(), gold)
            : null;
        return new PairEvaluation(verification.Threshold, verification.ValidationAccuracy, verification.TestAccuracy,
            roc.Auc, spearman, roc, test, scoringSeconds);
    }

    /// <summary>
    /// The network's score of every pair of <paramref name="pairs"/>, in order, computed chunk by chunk in eval mode
    /// without gradients (the network's previous mode is restored).
    /// </summary>
    public static double[] Score<TInput>(SiameseNetwork<TInput> network, EvaluationPairs<TInput> pairs, Device device)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(pairs);
        var wasTraining = network.training;
        network.eval();
        try
        {
            using var noGrad = no_grad();
            var scores = new double[pairs.Count];
            for (var start = 0; start < pairs.Count; start += pairs.ChunkSize)
            {
                using var scope = NewDisposeScope();
                var count = Math.Min(pairs.ChunkSize, pairs.Count - start);
                var (left, right) = pairs.Slice(start, count, device);
                var chunk = network.call(left, right).cpu().data<float>().ToArray();
                if (chunk.Length != count)
                {
                    throw new InvalidOperationException($"The network gave {chunk.Length} scores for {count} pairs of {pairs.Name}; a pair head must return [batch].");
                }
                for (var i = 0; i < count; i++)
                {
                    scores[start + i] = chunk[i];
                }
            }
            return scores;
        }
        finally
        {
            if (wasTraining)
            {
                network.train();
            }
        }
    }

    // CPU time of the whole process (all threads): on a machine shared with other jobs it moves far less than
    // wall-clock time, which waits whenever another process holds the cores.
    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>Trainable parameter elements of <paramref name="module"/>, each shared parameter once.</summary>
    public static long CountParameters(nn.Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return module.parameters().Where(p => p.requires_grad).Sum(p => p.numel());
    }
}
