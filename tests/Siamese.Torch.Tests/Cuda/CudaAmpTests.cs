using static Siamese.Torch.torch;
using F = Siamese.Torch.torch.nn.functional;

namespace Siamese.Torch.Tests.Cuda;

/// <summary>
/// Mixed precision on the GPU: autocast dtypes (float16 and bfloat16), values against float32 within the
/// low-precision tolerance, and the gradient scaler with libtorch's fused CUDA kernels. Needs CUDA; also run by
/// tests/Siamese.Torch.GpuCheck, so it uses nothing but Siamese.Torch and xunit's Assert.
/// </summary>
public class CudaAmpTests
{
    [CudaFact]
    public void AutocastDefaultsToFloat16OnCuda()
    {
        using var scope = NewDisposeScope();
        var x = randn([4, 8], device: CUDA);
        var w = randn([3, 8], device: CUDA);
        var cpuX = randn(4, 8);
        var cpuW = randn(3, 8);
        using (var region = autocast(DeviceType.CUDA))
        {
            Assert.Equal(ScalarType.Float16, region.dtype);
            Assert.True(is_autocast_enabled(DeviceType.CUDA));
            Assert.Equal(ScalarType.Float16, F.linear(x, w).dtype);
            Assert.Equal(ScalarType.Float16, matmul(x, w.t()).dtype);
            Assert.Equal(ScalarType.Float32, F.mse_loss(F.linear(x, w), zeros([4, 3], device: CUDA)).dtype);
            // Only tensors of the scope's device type are cast.
            Assert.Equal(ScalarType.Float32, F.linear(cpuX, cpuW).dtype);
        }
        Assert.False(is_autocast_enabled(DeviceType.CUDA));
        Assert.Equal(ScalarType.Float32, F.linear(x, w).dtype);
    }

    [CudaFact]
    public void AutocastBFloat16OnCuda()
    {
        using var scope = NewDisposeScope();
        var image = randn([2, 3, 16, 16], device: CUDA);
        var kernel = randn([4, 3, 3, 3], device: CUDA);
        using (autocast(DeviceType.CUDA, bfloat16))
        {
            Assert.Equal(ScalarType.BFloat16, F.conv2d(image, kernel).dtype);
            Assert.Equal(ScalarType.BFloat16, F.linear(randn([2, 5], device: CUDA), randn([6, 5], device: CUDA)).dtype);
        }
    }

    [CudaFact]
    public void LowPrecisionResultsStayCloseToFloat32()
    {
        using var scope = NewDisposeScope();
        manual_seed(3);
        var x = randn([64, 128], device: CUDA);
        var w = randn([32, 128], device: CUDA) / 16;
        var exact = F.linear(x, w);
        foreach (var dtype in new[] { float16, bfloat16 })
        {
            Tensor low;
            using (autocast(DeviceType.CUDA, dtype))
            {
                low = F.linear(x, w);
            }
            // float16 keeps 11 significant bits, bfloat16 8: relative errors near 1e-3 and 1e-2.
            var tolerance = dtype == float16 ? 5e-3 : 4e-2;
            var error = ((low.to(float32) - exact).abs().max() / exact.abs().max()).item<float>();
            Assert.True(error < tolerance, $"{dtype}: max error {error} of the largest output");
        }
    }

    [CudaFact]
    public void GradScalerSkipsOverflowingStepsOnCuda()
    {
        using var scope = NewDisposeScope();
        using var p = new nn.Parameter(tensor(new[] { 1f, 2f, 3f }).to(CUDA));
        using var optimizer = optim.SGD([p], 0.25);
        using var scaler = new cuda.amp.GradScaler(init_scale: 1024, growth_interval: 2);
        Assert.True(scaler.is_enabled());
        var slope = tensor(new[] { 0.5f, -1f, 2f }).to(CUDA);

        scaler.scale((p * slope).sum()).backward();
        scaler.step(optimizer);
        scaler.update();
        Assert.Equal(new[] { 0.875f, 2.25f, 2.5f }, p.detach().cpu().data<float>());
        Assert.Equal(1, scaler.get_growth_tracker());

        optimizer.zero_grad();
        scaler.scale((p * slope).sum()).backward();
        p.grad = tensor(new[] { 1f, float.PositiveInfinity, 1f }).to(CUDA);
        Assert.Null(scaler.step(optimizer));
        scaler.update();
        Assert.Equal(new[] { 0.875f, 2.25f, 2.5f }, p.detach().cpu().data<float>());
        Assert.Equal(512.0, scaler.get_scale());
        Assert.Equal(0, scaler.get_growth_tracker());

        for (var i = 0; i < 2; i++)
        {
            optimizer.zero_grad();
            scaler.scale((p * slope).sum()).backward();
            scaler.step(optimizer);
            scaler.update();
        }
        Assert.Equal(1024.0, scaler.get_scale());
    }

    [CudaFact]
    public void Float16TrainingWithGradScalerLearns()
    {
        using var scope = NewDisposeScope();
        manual_seed(11);
        var model = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 1));
        model.to(CUDA);
        var x = randn([256, 8], device: CUDA);
        var y = x.sum(1, keepdim: true);
        using var optimizer = optim.Adam(model.parameters(), lr: 0.01);
        using var scaler = new cuda.amp.GradScaler();
        float first = 0, last = 0;
        for (var step = 0; step < 200; step++)
        {
            using var iteration = NewDisposeScope();
            optimizer.zero_grad();
            Tensor loss;
            using (autocast(DeviceType.CUDA, float16))
            {
                loss = F.mse_loss(model.forward(x), y);
            }
            Assert.Equal(ScalarType.Float32, loss.dtype);
            scaler.scale(loss).backward();
            scaler.step(optimizer);
            scaler.update();
            if (step == 0)
            {
                first = loss.item<float>();
            }
            last = loss.item<float>();
        }
        Assert.All(model.parameters(), p => Assert.Equal(ScalarType.Float32, p.dtype));
        Assert.True(float.IsFinite(last) && last < first / 10, $"loss went from {first} to {last}");
    }
}
