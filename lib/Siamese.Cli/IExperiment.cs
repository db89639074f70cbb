using Siamese.Lib.Experiments;

namespace Siamese.Cli;

/// <summary>
/// One runnable experiment (the same library calls as its notebook). Implementations live in
/// <c>Experiments/</c> and are listed in <see cref="ExperimentCatalog"/>.
/// </summary>
public interface IExperiment
{
    /// <summary>The command-line name (e.g. <c>omniglot</c>).</summary>
    string Name { get; }

    /// <summary>One line for <c>--help</c>.</summary>
    string Description { get; }

    /// <summary>Runs the experiment and returns its results (also saved by the runner).</summary>
    ExperimentResults Run(ExperimentContext context);
}
