using static Siamese.Torch.torch;
using F = Siamese.Torch.torch.nn.functional;

namespace Siamese.Torch.Tests.Cuda;

/// <summary>
/// Tensors, modules and optimizers on a GPU, memory statistics, events, pinned memory and synchronisation.
/// Needs CUDA (skipped with the reason elsewhere); also run by tests/Siamese.Torch.GpuCheck on the GPU machine,
/// so it uses nothing but Siamese.Torch and xunit's Assert.
/// </summary>
public class CudaDeviceTests
{
    private const long MiB = 1024 * 1024;

    [CudaFact]
    public void DeviceQueriesDescribeTheGpu()
    {
        Assert.True(backends.cuda.is_built());
        Assert.True(cuda.device_count() >= 1);
        Assert.Equal(0, cuda.current_device());
        cuda.set_device(0);
        cuda.synchronize();
        cuda.synchronize(0);
        Assert.Throws<TorchException>(() => cuda.set_device(cuda.device_count()));
    }

    [CudaFact]
    public void TensorsRoundTripThroughTheGpu()
    {
        using var scope = NewDisposeScope();
        var host = arange(12, float32).reshape(3, 4);
        var gpu = host.to(CUDA);
        Assert.Equal(DeviceType.CUDA, gpu.device.type);
        Assert.Equal(0, gpu.device.index);
        var doubled = (gpu * 2).cpu();
        Assert.Equal(DeviceType.CPU, doubled.device.type);
        Assert.Equal(host.data<float>().Select(v => v * 2), doubled.data<float>());
    }

    [CudaFact]
    public void MixingDevicesIsAnExceptionNotACrash()
    {
        using var scope = NewDisposeScope();
        var error = Assert.Throws<TorchException>(() => ones(3).to(CUDA) + ones(3));
        Assert.Contains("device", error.Message);
    }

    [CudaFact]
    public void ModulesAndOptimizerStateLiveOnTheGpu()
    {
        using var scope = NewDisposeScope();
        var model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2));
        model.to(CUDA);
        Assert.All(model.parameters(), p => Assert.Equal(DeviceType.CUDA, p.device.type));
        using var optimizer = optim.Adam(model.parameters(), lr: 0.01);
        var loss = F.mse_loss(model.forward(randn([5, 4], device: CUDA)), zeros([5, 2], device: CUDA));
        loss.backward();
        optimizer.step();
        var state = optimizer.state_dict();
        var slots = state.Where(kv => kv.Key.EndsWith(".exp_avg") || kv.Key.EndsWith(".exp_avg_sq")).ToList();
        Assert.Equal(2 * model.parameters().Count(), slots.Count);
        Assert.All(slots, kv => Assert.Equal(DeviceType.CUDA, kv.Value.device.type));
        Assert.All(model.parameters(), p => Assert.Equal(DeviceType.CUDA, p.device.type));
    }

    /// <summary>
    /// Three Adam steps of the same small MLP on CPU and GPU end within 1e-4 relative + 1e-5 absolute: the GPU
    /// sums in another order (TF32 is off by default, so matmuls are full float32).
    /// </summary>
    [CudaFact]
    public void TrainingStepsOnTheGpuMatchTheCpu()
    {
        using var scope = NewDisposeScope();
        manual_seed(7);
        var cpuModel = nn.Sequential(nn.Linear(6, 16), nn.ReLU(), nn.Linear(16, 3));
        var gpuModel = nn.Sequential(nn.Linear(6, 16), nn.ReLU(), nn.Linear(16, 3));
        gpuModel.load_state_dict(cpuModel.state_dict());
        gpuModel.to(CUDA);
        var x = randn(10, 6);
        var y = randn(10, 3);
        var xGpu = x.to(CUDA);
        var yGpu = y.to(CUDA);
        using var cpuOptimizer = optim.Adam(cpuModel.parameters(), lr: 0.01);
        using var gpuOptimizer = optim.Adam(gpuModel.parameters(), lr: 0.01);
        for (var step = 0; step < 3; step++)
        {
            cpuOptimizer.zero_grad();
            F.mse_loss(cpuModel.forward(x), y).backward();
            cpuOptimizer.step();
            gpuOptimizer.zero_grad();
            F.mse_loss(gpuModel.forward(xGpu), yGpu).backward();
            gpuOptimizer.step();
        }
        foreach (var (cpuParameter, gpuParameter) in cpuModel.parameters().Zip(gpuModel.parameters()))
        {
            Assert.True(cpuParameter.allclose(gpuParameter.cpu(), rtol: 1e-4, atol: 1e-5),
                $"CPU and GPU parameters differ: max |diff| = {(cpuParameter - gpuParameter.cpu()).abs().max().item<float>()}");
        }
    }

    [CudaFact]
    public void MemoryStatisticsFollowAllocations()
    {
        // Tensors of earlier tests left to the finalizer would otherwise be freed while this test counts.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        cuda.synchronize();
        cuda.reset_peak_memory_stats();
        var before = cuda.memory_allocated();
        var block = empty([16 * MiB], float32, CUDA);
        var during = cuda.memory_allocated();
        Assert.True(during - before >= 64 * MiB, $"allocated grew by {during - before} bytes for a 64 MiB tensor");
        Assert.True(cuda.max_memory_allocated() >= during);
        Assert.True(cuda.memory_reserved() >= during);
        block.Dispose();
        Assert.Equal(before, cuda.memory_allocated());
        Assert.True(cuda.max_memory_allocated() >= during, "the peak must survive the free");
        cuda.reset_peak_memory_stats();
        Assert.Equal(cuda.memory_allocated(), cuda.max_memory_allocated());
        var reservedBefore = cuda.memory_reserved();
        cuda.empty_cache();
        Assert.True(cuda.memory_reserved() <= reservedBefore - 64 * MiB,
            $"empty_cache released {reservedBefore - cuda.memory_reserved()} bytes; the freed 64 MiB block was cached");
    }

    [CudaFact]
    public void EventsTimeGpuWork()
    {
        using var scope = NewDisposeScope();
        var a = randn([2048, 2048], device: CUDA);
        using var start = new cuda.Event(enable_timing: true);
        using var end = new cuda.Event(enable_timing: true);
        start.record();
        var product = a;
        for (var i = 0; i < 10; i++)
        {
            product = matmul(product, a) / 2048;
        }
        end.record();
        end.synchronize();
        Assert.True(end.query());
        var ms = start.elapsed_time(end);
        Assert.True(ms > 0, $"10 matmuls of 2048x2048 took {ms} ms");
        Assert.True(ms < 60_000, $"10 matmuls of 2048x2048 took {ms} ms");
    }

    [CudaFact]
    public void EventsWithoutTimingCannotMeasure()
    {
        using var start = new cuda.Event();
        using var end = new cuda.Event();
        start.record();
        end.record();
        end.synchronize();
        Assert.Throws<TorchException>(() => start.elapsed_time(end));
        start.Dispose();
        Assert.Throws<ObjectDisposedException>(() => start.record());
    }

    [CudaFact]
    public void PinnedMemoryRoundTripsWithNonBlockingCopies()
    {
        using var scope = NewDisposeScope();
        var host = randn(256, 256);
        Assert.False(host.is_pinned());
        var pinned = host.pin_memory();
        Assert.True(pinned.is_pinned());
        Assert.Equal(DeviceType.CPU, pinned.device.type);
        var gpu = pinned.to(CUDA, non_blocking: true);
        var back = empty([256, 256]).pin_memory();
        back.copy_(gpu * 3, non_blocking: true);
        cuda.synchronize();
        Assert.True(back.allclose(host * 3));
        Assert.True(gpu.cpu().allclose(host));
    }
}
