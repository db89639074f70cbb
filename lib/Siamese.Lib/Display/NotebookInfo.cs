using Siamese.Lib.Experiments;

namespace Siamese.Lib.Display;

/// <summary>
/// What <see cref="NotebookSetup.Initialize"/> set up: the run profile, libtorch's thread count, whether CUDA is
/// available, and which kernel runs the notebook. Its HTML form also carries plotly.js for the charts below it.
/// </summary>
/// <param name="Profile">The run profile (SIAMESE_PROFILE).</param>
/// <param name="Threads">libtorch's intra-op threads.</param>
/// <param name="CudaAvailable">Whether a CUDA device can be used.</param>
/// <param name="Kernel">"Siamese kernel", ".NET Interactive" or "no notebook".</param>
public sealed record NotebookInfo(RunProfile Profile, int Threads, bool CudaAvailable, string Kernel)
{
    /// <summary>One readable line, e.g. <c>profile Default, libtorch threads 2, CUDA no, kernel .NET Interactive</c>.</summary>
    public override string ToString() =>
        $"profile {Profile}, libtorch threads {Threads}, CUDA {(CudaAvailable ? "yes" : "no")}, kernel {Kernel}";
}
