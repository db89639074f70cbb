namespace Siamese.Lib.Experiments;

/// <summary>
/// How much data and how many epochs an experiment uses, chosen with <c>SIAMESE_PROFILE</c>
/// (DESIGN.md, "Notebooks"): <see cref="Quick"/> runs every notebook in CI in minutes,
/// <see cref="Default"/> is what a learner runs on a laptop CPU (under 15 minutes a notebook),
/// <see cref="Full"/> is the paper-scale reproduction meant for a GPU.
/// </summary>
public enum RunProfile
{
    /// <summary>Smoke scale: a few batches and epochs, every cell still runs on real data.</summary>
    Quick,
    /// <summary>Laptop CPU scale: the numbers each notebook reports.</summary>
    Default,
    /// <summary>Paper scale (GPU).</summary>
    Full,
}
