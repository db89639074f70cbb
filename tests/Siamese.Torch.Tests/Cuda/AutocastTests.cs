using Siamese.Torch.Tests.Golden;
using static Siamese.Torch.torch;
using F = Siamese.Torch.torch.nn.functional;

namespace Siamese.Torch.Tests.Cuda;

/// <summary>
/// CPU autocast (bfloat16), testable without a GPU: dtypes inside and outside the scope, nesting, and values
/// against PyTorch 1.13's CPU autocast (tests/reference/golden_autocast.py).
/// </summary>
public class AutocastTests
{
    private static readonly GoldenFile Golden = GoldenFile.Load("autocast.json");

    [Fact]
    public void LinearAndMatmulRunInBFloat16InsideTheScopeOnly()
    {
        using var scope = NewDisposeScope();
        var x = randn(3, 5);
        var w = randn(4, 5);
        Assert.Equal(ScalarType.Float32, F.linear(x, w).dtype);
        using (autocast(DeviceType.CPU, bfloat16))
        {
            Assert.Equal(ScalarType.BFloat16, F.linear(x, w).dtype);
            Assert.Equal(ScalarType.BFloat16, matmul(x, w.t()).dtype);
            // Elementwise ops are not on autocast's lists: they keep their inputs' dtype.
            Assert.Equal(ScalarType.Float32, (x + x).dtype);
        }
        Assert.Equal(ScalarType.Float32, F.linear(x, w).dtype);
        Assert.Equal(ScalarType.Float32, matmul(x, w.t()).dtype);
    }

    [Fact]
    public void StateIsReportedAndRestored()
    {
        Assert.False(is_autocast_enabled(DeviceType.CPU));
        var before = get_autocast_dtype(DeviceType.CPU);
        using (var scope = autocast("cpu"))
        {
            Assert.True(is_autocast_enabled(DeviceType.CPU));
            Assert.Equal(ScalarType.BFloat16, get_autocast_dtype(DeviceType.CPU));
            Assert.Equal(ScalarType.BFloat16, scope.dtype);
            Assert.False(is_autocast_enabled(DeviceType.CUDA));
        }
        Assert.False(is_autocast_enabled(DeviceType.CPU));
        Assert.Equal(before, get_autocast_dtype(DeviceType.CPU));
    }

    [Fact]
    public void NestedScopesRestoreTheEnclosingState()
    {
        using var scope = NewDisposeScope();
        var x = randn(2, 3);
        var w = randn(4, 3);
        using (autocast(DeviceType.CPU, bfloat16))
        {
            using (autocast(DeviceType.CPU, enabled: false))
            {
                Assert.False(is_autocast_enabled(DeviceType.CPU));
                Assert.Equal(ScalarType.Float32, F.linear(x, w).dtype);
                using (autocast(DeviceType.CPU))
                {
                    Assert.Equal(ScalarType.BFloat16, F.linear(x, w).dtype);
                }
                Assert.Equal(ScalarType.Float32, F.linear(x, w).dtype);
            }
            Assert.True(is_autocast_enabled(DeviceType.CPU));
            Assert.Equal(ScalarType.BFloat16, F.linear(x, w).dtype);
        }
        Assert.False(is_autocast_enabled(DeviceType.CPU));
    }

    [Fact]
    public void DisposingTwiceIsHarmless()
    {
        var outer = autocast(DeviceType.CPU);
        var inner = autocast(DeviceType.CPU, enabled: false);
        inner.Dispose();
        inner.Dispose();
        Assert.True(is_autocast_enabled(DeviceType.CPU));
        outer.Dispose();
        Assert.False(is_autocast_enabled(DeviceType.CPU));
    }

    [Fact]
    public void AutocastStateIsPerThread()
    {
        using (autocast(DeviceType.CPU))
        {
            Assert.False(OnAnotherThread(() => is_autocast_enabled(DeviceType.CPU)));
            Assert.True(is_autocast_enabled(DeviceType.CPU));
        }
    }

    [Fact]
    public void DisposingOnAnotherThreadThrows()
    {
        var scope = autocast(DeviceType.CPU);
        var error = OnAnotherThread(() => Record.Exception(scope.Dispose));
        Assert.IsType<InvalidOperationException>(error);
        scope.Dispose();
        Assert.False(is_autocast_enabled(DeviceType.CPU));
    }

    /// <summary>Runs <paramref name="work"/> on a new thread (not an await, which could resume on this one).</summary>
    private static T OnAnotherThread<T>(Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result;
    }

    [Theory]
    [InlineData(ScalarType.Float32)]
    [InlineData(ScalarType.Float64)]
    [InlineData(ScalarType.Float16)]
    public void CpuAcceptsOnlyBFloat16(ScalarType dtype)
    {
        Assert.Throws<ArgumentException>(() => autocast(DeviceType.CPU, dtype));
        Assert.False(is_autocast_enabled(DeviceType.CPU));
    }

    [Theory]
    [InlineData("linear")]
    [InlineData("matmul")]
    [InlineData("conv2d")]
    public void LowPrecisionOpsMatchPyTorch(string name)
    {
        var c = Golden[name];
        using var scope = NewDisposeScope();
        using (autocast(DeviceType.CPU, bfloat16))
        {
            var result = name switch
            {
                "linear" => F.linear(c["x"].ToTensor(), c["w"].ToTensor(), c["b"].ToTensor()),
                "matmul" => matmul(c["a"].ToTensor(), c["b"].ToTensor()),
                _ => F.conv2d(c["x"].ToTensor(), c["w"].ToTensor()),
            };
            GoldenAssert.Close(c["out"], result, name);
        }
    }

    [Fact]
    public void Float32ListOpsReturnFloat32FromBFloat16Inputs()
    {
        var c = Golden["mse_loss_bf16_inputs"];
        using var scope = NewDisposeScope();
        using (autocast(DeviceType.CPU, bfloat16))
        {
            var loss = F.mse_loss(c["a"].ToTensor().to(bfloat16), c["b"].ToTensor().to(bfloat16));
            GoldenAssert.Close(c["out"], loss, "mse_loss");
        }
    }

    [Fact]
    public void TrainingStepForwardUnderAutocastMatchesPyTorch()
    {
        var c = Golden["mlp_step"];
        using var scope = NewDisposeScope();
        var w1 = c["w1"].ToTensor(requires_grad: true);
        var b1 = c["b1"].ToTensor(requires_grad: true);
        var w2 = c["w2"].ToTensor(requires_grad: true);
        var b2 = c["b2"].ToTensor(requires_grad: true);
        Tensor y, loss;
        using (autocast(DeviceType.CPU, bfloat16))
        {
            y = F.linear(F.relu(F.linear(c["x"].ToTensor(), w1, b1)), w2, b2);
            loss = F.mse_loss(y, c["target"].ToTensor());
        }
        loss.backward();
        GoldenAssert.Close(c["y"], y, "y");
        GoldenAssert.Close(c["loss"], loss, "loss");
        GoldenAssert.Close(c["grad_w1"], w1.grad!, "grad_w1");
        GoldenAssert.Close(c["grad_b1"], b1.grad!, "grad_b1");
        GoldenAssert.Close(c["grad_w2"], w2.grad!, "grad_w2");
        GoldenAssert.Close(c["grad_b2"], b2.grad!, "grad_b2");
    }
}
