using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests.Cuda;

/// <summary>
/// A <see cref="FactAttribute"/> for tests that need a CUDA GPU: where <c>torch.cuda.is_available()</c> is false
/// the test is reported as skipped, with the reason (no CUDA in this libtorch, or no visible GPU), so a CPU
/// run shows what it did not check. Also read by tests/Siamese.Torch.GpuCheck, which runs these tests on the
/// GPU machine without the .NET SDK.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CudaFactAttribute : FactAttribute
{
    public CudaFactAttribute()
    {
        if (!cuda.is_available())
        {
            Skip = "CUDA not available: " + CudaAvailability.Reason();
        }
    }
}

/// <summary>
/// A <see cref="FactAttribute"/> for tests of the behaviour without CUDA (clear errors, neutral values); skipped
/// with a visible reason where a GPU is present, whose behaviour the <see cref="CudaFactAttribute"/> tests check.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class WithoutCudaFactAttribute : FactAttribute
{
    public WithoutCudaFactAttribute()
    {
        if (cuda.is_available())
        {
            Skip = "CUDA is available: this test checks the behaviour without it";
        }
    }
}

/// <summary>Why CUDA is unavailable, in words.</summary>
public static class CudaAvailability
{
    public static string Reason() =>
        cuda.is_available() ? "available"
        : backends.cuda.is_built() ? "libtorch has CUDA but no GPU is visible (driver, CUDA_VISIBLE_DEVICES)"
        : "this libtorch was built without CUDA (build lib/native against a CUDA libtorch: LIBTORCH_DIR or Torch_DIR)";
}
