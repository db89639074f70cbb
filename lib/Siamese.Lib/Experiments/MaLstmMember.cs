using Siamese.Lib.Models;
using Siamese.Lib.Training;

namespace Siamese.Lib.Experiments;

/// <summary>A trained MaLSTM (<see cref="MaLstmTraining.Train"/>): the network, its SICK training history, its seed and its optimizer steps (pre-training included).</summary>
/// <param name="Network">The network, with the weights of its best trial epoch.</param>
/// <param name="History">The SICK training run (per-epoch trial Pearson under <see cref="MaLstmTraining.PearsonKey"/>).</param>
/// <param name="Seed">The seed it was built and trained with.</param>
/// <param name="Steps">Optimizer steps, pre-training included.</param>
public sealed record MaLstmMember(SiameseNetwork<SequenceInput> Network, TrainingHistory History, long Seed, int Steps) : IDisposable
{
    /// <summary>The best trial-split Pearson's r of its epochs (the one whose weights it kept).</summary>
    public double TrialPearson => History.Epochs.Max(r => r.Metrics.GetValueOrDefault(MaLstmTraining.PearsonKey, double.NaN));

    /// <inheritdoc />
    public void Dispose() => Network.Dispose();
}
