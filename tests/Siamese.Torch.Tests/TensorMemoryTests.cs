using Xunit.Abstractions;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests;

[Collection(TensorCountCollection.Name)]
public class TensorMemoryTests(ITestOutputHelper output)
{
    private const int WarmUpSteps = 500;
    private const int Steps = 10_000;
    // Generous: a leak of one 16x16 float tensor per step alone would be 10 MB over 10,000 steps, plus the
    // per-tensor native overhead; allocator noise stays well below this.
    private const long MaxGrowthBytes = 30L * 1024 * 1024;

    private static long ResidentBytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0]) * 1024;
            }
        }
        throw new InvalidOperationException("VmRSS not found in /proc/self/status");
    }

    private static void Step(Tensor w, Tensor x, Tensor target)
    {
        using var scope = NewDisposeScope();
        var prediction = x.matmul(w).tanh();
        var loss = (prediction - target).square().mean();
        loss.backward();
        using (no_grad())
        {
            w.sub_(w.grad!, alpha: 0.01);
            w.grad!.zero_();
        }
    }

    [Fact]
    public void TrainingLoopInDisposeScopesKeepsTensorCountAndMemoryFlat()
    {
        manual_seed(1);
        using var w = randn([16, 16], requires_grad: true);
        using var x = randn(8, 16);
        using var target = randn(8, 16);
        for (var i = 0; i < WarmUpSteps; ++i)
        {
            Step(w, x, target);
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var count = Tensor.TotalCount;
        var before = ResidentBytes();
        for (var i = 0; i < Steps; ++i)
        {
            Step(w, x, target);
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var growth = ResidentBytes() - before;
        output.WriteLine($"VmRSS growth over {Steps} steps after {WarmUpSteps} warm-up steps: {growth / 1024.0:F0} KiB; live tensors {count} -> {Tensor.TotalCount}");
        Assert.Equal(count, Tensor.TotalCount);
        Assert.True(growth < MaxGrowthBytes, $"resident memory grew by {growth} bytes");
    }

    [Fact]
    public void UseAfterDisposeThrowsObjectDisposedForOpsAndIndexers()
    {
        using var scope = NewDisposeScope();
        var t = ones(2, 2);
        var other = ones(2, 2);
        t.Dispose();
        Assert.Throws<ObjectDisposedException>(() => t.sum());
        Assert.Throws<ObjectDisposedException>(() => other.add_(t));
        Assert.Throws<ObjectDisposedException>(() => t[0]);
        Assert.Throws<ObjectDisposedException>(() => cat([other, t]));
        Assert.Throws<ObjectDisposedException>(() => where(other.gt(0), t, other));
        Assert.Equal(4f, other.sum().item<float>());
    }

    [Fact]
    public void SplitsAreOwnedTensorsThatDisposeWithTheScope()
    {
        var before = Tensor.TotalCount;
        using (NewDisposeScope())
        {
            var parts = arange(10).chunk(3);
            Assert.Equal(new long[] { 4, 4, 2 }, parts.Select(p => p.shape[0]).ToArray());
            Assert.Equal(new long[] { 8, 9 }, parts[2].data<long>());
        }
        Assert.Equal(before, Tensor.TotalCount);
    }
}
