using Siamese.Lib.Experiments;
using TorchSharp;

namespace Siamese.Cli;

/// <summary>What every experiment receives from the command line.</summary>
/// <param name="Profile">Data and epoch budget (quick, default, full).</param>
/// <param name="Device">Where to train.</param>
/// <param name="Seed">Seed of every random choice.</param>
/// <param name="OutputDirectory">Where results (and any checkpoints) go; results land in <c>results/</c> below it.</param>
/// <param name="Log">Progress lines (stdout by default).</param>
/// <param name="Options">Every <c>--name value</c> of the command line (experiment-specific ones included).</param>
public sealed record ExperimentContext(
    RunProfile Profile,
    torch.Device Device,
    long Seed,
    string OutputDirectory,
    Action<string> Log,
    IReadOnlyDictionary<string, string> Options);
