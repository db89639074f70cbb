using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests.Cuda;

/// <summary>
/// torch.backends switches: PyTorch's defaults and set/get round trips. They are process-wide libtorch state,
/// settable without CUDA; each test restores what it changed (the assembly runs tests one at a time).
/// </summary>
public class BackendsTests
{
    [Fact]
    public void DefaultsAreThoseOfPyTorch()
    {
        Assert.False(backends.cuda.matmul.allow_tf32);
        Assert.True(backends.cudnn.allow_tf32);
        Assert.False(backends.cudnn.benchmark);
    }

    [Fact]
    public void MatmulTf32RoundTrips() => RoundTrip(() => backends.cuda.matmul.allow_tf32, v => backends.cuda.matmul.allow_tf32 = v);

    [Fact]
    public void CudnnTf32RoundTrips() => RoundTrip(() => backends.cudnn.allow_tf32, v => backends.cudnn.allow_tf32 = v);

    [Fact]
    public void CudnnBenchmarkRoundTrips() => RoundTrip(() => backends.cudnn.benchmark, v => backends.cudnn.benchmark = v);

    [Fact]
    public void SwitchesAreIndependent()
    {
        try
        {
            backends.cuda.matmul.allow_tf32 = true;
            Assert.True(backends.cudnn.allow_tf32);
            Assert.False(backends.cudnn.benchmark);
            backends.cudnn.allow_tf32 = false;
            Assert.True(backends.cuda.matmul.allow_tf32);
        }
        finally
        {
            backends.cuda.matmul.allow_tf32 = false;
            backends.cudnn.allow_tf32 = true;
        }
    }

    [Fact]
    public void CudnnIsAvailableOnlyWithCuda()
    {
        if (!cuda.is_available())
        {
            Assert.False(backends.cudnn.is_available());
        }
        else
        {
            // PyTorch's CUDA builds ship cuDNN.
            Assert.True(backends.cudnn.is_available());
        }
    }

    private static void RoundTrip(Func<bool> get, Action<bool> set)
    {
        var original = get();
        try
        {
            set(!original);
            Assert.Equal(!original, get());
            set(original);
            Assert.Equal(original, get());
        }
        finally
        {
            set(original);
        }
    }
}
