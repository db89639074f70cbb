namespace Siamese.Cli;

/// <summary>The experiments the runner knows, by name. Add a new one here and in <c>Experiments/</c>.</summary>
public static class ExperimentCatalog
{
    /// <summary>Every experiment, in the order of the notebooks.</summary>
    public static IReadOnlyList<IExperiment> All { get; } =
    [
        new Experiments.MnistDemoExperiment(),
        new Experiments.ArchitectureExperiment(),
        new Experiments.TrainingAblationExperiment(),
        new Experiments.CompareExperiment(),
        new Experiments.MaLstmExperiment(),
        new Experiments.OmniglotExperiment(),
    ];

    /// <summary>The experiment called <paramref name="name"/>, or null.</summary>
    public static IExperiment? Find(string name) =>
        All.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
}
