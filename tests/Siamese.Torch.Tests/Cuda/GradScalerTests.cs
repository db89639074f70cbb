using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests.Cuda;

/// <summary>
/// torch.amp.GradScaler's logic on CPU gradients (closed-form values: the scales are powers of two, so scaling
/// and unscaling are exact). Debian's libtorch 1.13 has no CPU kernels for the fused AMP ops, so these tests
/// run the engine's ATen-op path here and libtorch's CPU kernels on libtorch >= 2.3; the CUDA kernels are
/// tested by <see cref="CudaAmpTests"/>.
/// </summary>
public class GradScalerTests
{
    private static readonly float[] Start = [1f, 2f, 3f];
    private static readonly float[] Slope = [0.5f, -1f, 2f];
    private const double Lr = 0.25;

    /// <summary>One parameter p and loss = (p * slope).sum(), whose gradient is slope.</summary>
    private sealed class Problem : IDisposable
    {
        internal readonly nn.Parameter P = new(tensor(Start));
        internal readonly optim.Optimizer Optimizer;

        internal Problem() => Optimizer = optim.SGD([P], Lr);

        internal Tensor Loss() => (P * tensor(Slope)).sum();

        internal float[] Values() => P.detach().data<float>();

        public void Dispose()
        {
            Optimizer.Dispose();
            P.Dispose();
        }
    }

    private static float[] AfterOneStep() => Start.Zip(Slope, (p, g) => (float)(p - Lr * g)).ToArray();

    [Fact]
    public void ScaleMultipliesTheLossByTheCurrentScale()
    {
        using var scaler = new amp.GradScaler("cpu", init_scale: 1024);
        using var problem = new Problem();
        using var scope = NewDisposeScope();
        var loss = problem.Loss();
        Assert.Equal(loss.item<float>() * 1024f, scaler.scale(loss).item<float>());
        Assert.Equal(1024.0, scaler.get_scale());
    }

    [Fact]
    public void FiniteGradientsAreUnscaledAndStepped()
    {
        using var scaler = new amp.GradScaler("cpu", init_scale: 1024);
        using var problem = new Problem();
        using (NewDisposeScope())
        {
            scaler.scale(problem.Loss()).backward();
            Assert.Equal(Slope.Select(s => s * 1024f), problem.P.grad!.data<float>());
            scaler.step(problem.Optimizer);
            Assert.Equal(Slope, problem.P.grad!.data<float>());
            scaler.update();
        }
        Assert.Equal(AfterOneStep(), problem.Values());
        Assert.Equal(1024.0, scaler.get_scale());
        Assert.Equal(1, scaler.get_growth_tracker());
    }

    [Theory]
    [InlineData(float.PositiveInfinity)]
    [InlineData(float.NegativeInfinity)]
    [InlineData(float.NaN)]
    public void NonFiniteGradientSkipsTheStepAndBacksOff(float bad)
    {
        using var scaler = new amp.GradScaler("cpu", init_scale: 1024, growth_interval: 3);
        using var problem = new Problem();
        using (NewDisposeScope())
        {
            // One good step first, so that the overflow visibly restarts the growth count.
            scaler.scale(problem.Loss()).backward();
            scaler.step(problem.Optimizer);
            scaler.update();
            Assert.Equal(1, scaler.get_growth_tracker());
            problem.Optimizer.zero_grad();

            scaler.scale(problem.Loss()).backward();
            problem.P.grad = tensor(new[] { 1f, bad, 1f });
            var result = scaler.step(problem.Optimizer);
            Assert.Null(result);
            scaler.update();
        }
        Assert.Equal(AfterOneStep(), problem.Values());
        Assert.Equal(512.0, scaler.get_scale());
        Assert.Equal(0, scaler.get_growth_tracker());
    }

    [Fact]
    public void ScaleGrowsAfterGrowthIntervalGoodSteps()
    {
        using var scaler = new amp.GradScaler("cpu", init_scale: 8, growth_factor: 4, growth_interval: 2);
        using var problem = new Problem();
        var scales = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            using var scope = NewDisposeScope();
            problem.Optimizer.zero_grad();
            scaler.scale(problem.Loss()).backward();
            scaler.step(problem.Optimizer);
            scaler.update();
            scales.Add(scaler.get_scale());
        }
        Assert.Equal([8.0, 32.0, 32.0, 128.0], scales);
    }

    [Fact]
    public void GrowthStopsWhereTheScaleWouldOverflowFloat32()
    {
        using var scaler = new amp.GradScaler("cpu", init_scale: 2e38, growth_factor: 2, growth_interval: 1);
        using var problem = new Problem();
        using var scope = NewDisposeScope();
        scaler.scale(problem.Loss() * 0).backward();
        scaler.step(problem.Optimizer);
        scaler.update();
        Assert.Equal((double)2e38f, scaler.get_scale());
        Assert.Equal(0, scaler.get_growth_tracker());
    }

    [Fact]
    public void ExplicitUnscaleGivesTrueGradientsBeforeStep()
    {
        using var scaler = new amp.GradScaler("cpu", init_scale: 256);
        using var problem = new Problem();
        using (NewDisposeScope())
        {
            scaler.scale(problem.Loss()).backward();
            scaler.unscale_(problem.Optimizer);
            Assert.Equal(Slope, problem.P.grad!.data<float>());
            // step() must not unscale a second time.
            scaler.step(problem.Optimizer);
            scaler.update();
        }
        Assert.Equal(AfterOneStep(), problem.Values());
    }

    [Fact]
    public void MisorderedCallsThrowAsInPyTorch()
    {
        using var scaler = new amp.GradScaler("cpu");
        using var problem = new Problem();
        using var scope = NewDisposeScope();
        Assert.Throws<InvalidOperationException>(() => scaler.step(problem.Optimizer));
        Assert.Throws<InvalidOperationException>(() => scaler.update());
        scaler.scale(problem.Loss()).backward();
        Assert.Throws<InvalidOperationException>(() => scaler.update());
        scaler.unscale_(problem.Optimizer);
        Assert.Throws<InvalidOperationException>(() => scaler.unscale_(problem.Optimizer));
        scaler.step(problem.Optimizer);
        Assert.Throws<InvalidOperationException>(() => scaler.step(problem.Optimizer));
        Assert.Throws<InvalidOperationException>(() => scaler.unscale_(problem.Optimizer));
        scaler.update();
        // After update() the optimizer starts a fresh iteration.
        problem.Optimizer.zero_grad();
        scaler.scale(problem.Loss()).backward();
        scaler.step(problem.Optimizer);
    }

    [Fact]
    public void Float16GradientsAreRejected()
    {
        using var scaler = new amp.GradScaler("cpu");
        using var p = new nn.Parameter(ones([2], float16));
        using var optimizer = optim.SGD([p], 0.1);
        using var scope = NewDisposeScope();
        scaler.scale(ones([1]));
        p.grad = ones([2], float16);
        var error = Assert.Throws<TorchException>(() => scaler.unscale_(optimizer));
        Assert.Contains("FP16", error.Message);
    }

    [Fact]
    public void DisabledScalerPassesThrough()
    {
        using var scaler = new amp.GradScaler("cpu", enabled: false);
        using var problem = new Problem();
        using (NewDisposeScope())
        {
            var loss = problem.Loss();
            Assert.Same(loss, scaler.scale(loss));
            loss.backward();
            scaler.step(problem.Optimizer);
            scaler.update();
        }
        Assert.False(scaler.is_enabled());
        Assert.Equal(1.0, scaler.get_scale());
        Assert.Empty(scaler.state_dict());
        Assert.Equal(AfterOneStep(), problem.Values());
    }

    [Fact]
    public void StateDictRoundTrips()
    {
        using var scaler = new amp.GradScaler("cpu", init_scale: 64, growth_interval: 5);
        using var problem = new Problem();
        using (NewDisposeScope())
        {
            scaler.scale(problem.Loss()).backward();
            scaler.step(problem.Optimizer);
            scaler.update();
        }
        var state = scaler.state_dict();
        Assert.Equal(64.0, state["scale"]);
        Assert.Equal(1.0, state["_growth_tracker"]);
        Assert.Equal(5.0, state["growth_interval"]);

        using var restored = new amp.GradScaler("cpu");
        restored.load_state_dict(state);
        Assert.Equal(64.0, restored.get_scale());
        Assert.Equal(1, restored.get_growth_tracker());
        Assert.Equal(5, restored.growth_interval);
    }

    [Theory]
    [InlineData(1.0, 0.5, 10)]
    [InlineData(2.0, 1.0, 10)]
    [InlineData(2.0, 0.0, 10)]
    [InlineData(2.0, 0.5, 0)]
    public void InvalidOptionsAreRejected(double growth, double backoff, int interval)
    {
        Assert.Throws<ArgumentException>(() => new amp.GradScaler("cpu", growth_factor: growth, backoff_factor: backoff, growth_interval: interval));
    }

    [WithoutCudaFact]
    public void CudaScalerWithoutCudaIsDisabledAsInPyTorch()
    {
        using var scaler = new cuda.amp.GradScaler();
        Assert.False(scaler.is_enabled());
        Assert.Equal(DeviceType.CUDA, scaler.device);
    }
}
