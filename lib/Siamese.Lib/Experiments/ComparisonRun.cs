using Siamese.Lib.Training;

namespace Siamese.Lib.Experiments;

/// <summary>One model trained and measured on one task by <see cref="ModelComparison.Run{TInput}"/>: one row of the comparison.</summary>
/// <param name="Model">The model's name (e.g. "LSTM").</param>
/// <param name="Task">The task's name.</param>
/// <param name="Parameters">Trainable parameter elements (the shared encoder counted once, as Siamese networks share it).</param>
/// <param name="TrainSeconds">Wall-clock seconds of the optimizer steps, batch preparation included, per-epoch validation excluded.</param>
/// <param name="CpuSeconds">
/// Processor seconds the process spent over the same span, all threads together: less sensitive than wall-clock time
/// to other jobs on a shared machine, and larger than it when libtorch computes on several threads.
/// </param>
/// <param name="TrainingPairs">Pairs seen in training (the budget).</param>
/// <param name="Evaluation">The measured test numbers.</param>
/// <param name="StepLosses">The training loss of every optimizer step, in order (for loss curves).</param>
/// <param name="History">The per-epoch history; its metrics hold the validation AUC under <see cref="ModelComparison.ValidationAucKey"/>.</param>
public sealed record ComparisonRun(
    string Model,
    string Task,
    long Parameters,
    double TrainSeconds,
    double CpuSeconds,
    long TrainingPairs,
    PairEvaluation Evaluation,
    IReadOnlyList<double> StepLosses,
    TrainingHistory History)
{
    /// <summary>Test accuracy at the validation threshold.</summary>
    public double Accuracy => Evaluation.Accuracy;

    /// <summary>Test ROC AUC.</summary>
    public double Auc => Evaluation.Auc;

    /// <summary>
    /// The row written to the results file (key <c>models</c>): model, task, params, seconds, accuracy, auc, and
    /// spearman when the task has graded scores.
    /// </summary>
    public IReadOnlyDictionary<string, object?> ToResultRow() => new Dictionary<string, object?>
    {
        ["model"] = Model,
        ["task"] = Task,
        ["params"] = Parameters,
        ["seconds"] = Math.Round(TrainSeconds, 2),
        ["cpu_seconds"] = Math.Round(CpuSeconds, 2),
        ["training_pairs"] = TrainingPairs,
        ["accuracy"] = Evaluation.Accuracy,
        ["auc"] = Evaluation.Auc,
        ["spearman"] = Evaluation.Spearman,
        ["test_scoring_seconds"] = Math.Round(Evaluation.ScoringSeconds, 3),
    };
}
