using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests.Cuda;

/// <summary>
/// What the CUDA API does where CUDA is not available: queries answer false or 0 and memory housekeeping does
/// nothing (as in PyTorch), and everything that needs a GPU throws a <see cref="TorchException"/> saying why.
/// Skipped where a GPU is present.
/// </summary>
public class WithoutCudaTests
{
    [WithoutCudaFact]
    public void QueriesAnswerNoGpu()
    {
        Assert.False(cuda.is_available());
        Assert.Equal(0, cuda.device_count());
    }

    [WithoutCudaFact]
    public void MemoryStatisticsAreZeroAndHousekeepingIsANoOp()
    {
        Assert.Equal(0, cuda.memory_allocated());
        Assert.Equal(0, cuda.max_memory_allocated());
        Assert.Equal(0, cuda.memory_reserved());
        Assert.Equal(0, cuda.max_memory_reserved());
        cuda.reset_peak_memory_stats();
        cuda.empty_cache();
    }

    [WithoutCudaFact]
    public void DeviceCallsThrowAClearError()
    {
        AssertNeedsCuda(() => cuda.synchronize());
        AssertNeedsCuda(() => cuda.current_device());
        AssertNeedsCuda(() => cuda.set_device(0));
        AssertNeedsCuda(() => new cuda.Event(enable_timing: true));
    }

    [WithoutCudaFact]
    public void PinnedMemoryNeedsCuda()
    {
        using var scope = NewDisposeScope();
        var t = ones(3);
        Assert.False(t.is_pinned());
        AssertNeedsCuda(() => t.pin_memory());
    }

    [WithoutCudaFact]
    public void CudaAutocastNeedsCuda()
    {
        AssertNeedsCuda(() => autocast(DeviceType.CUDA, bfloat16));
        Assert.False(is_autocast_enabled(DeviceType.CUDA));
        // Disabling it (a float32 region in device-agnostic code) needs no GPU.
        using (autocast(DeviceType.CUDA, enabled: false))
        {
            Assert.False(is_autocast_enabled(DeviceType.CUDA));
        }
    }

    [WithoutCudaFact]
    public void MovingATensorToCudaThrows()
    {
        using var scope = NewDisposeScope();
        Assert.Throws<TorchException>(() => ones(2).to(CUDA));
    }

    private static void AssertNeedsCuda(Action action)
    {
        var error = Assert.Throws<TorchException>(action);
        var expected = backends.cuda.is_built() ? "no" : "this libtorch was built without CUDA";
        Assert.Contains(expected, error.Message);
        Assert.Contains("CUDA", error.Message);
    }

    private static void AssertNeedsCuda(Func<object> action) => AssertNeedsCuda(() => { action(); });
}
