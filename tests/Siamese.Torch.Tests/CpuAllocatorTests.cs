using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests;

public class CpuAllocatorTests
{
    [Fact]
    public void LargeBlocksAreCachedAndReusedWithCorrectContents()
    {
        CpuAllocator.EmptyCache();
        const long elements = 4 << 20; // 16 MB of float32: above the 1 MB caching floor
        using (var big = ones(elements))
        {
            Assert.Equal(elements, big.sum_for_test());
        }
        var cached = CpuAllocator.CachedBytes;
        Assert.True(cached >= elements * sizeof(float), $"expected the freed 16 MB block to be cached, cache holds {cached} bytes");
        using (var again = full([elements], 2.0f))
        {
            // The reused block must hold the new values, not the old ones.
            Assert.Equal(2 * elements, again.sum_for_test());
            Assert.True(CpuAllocator.CachedBytes < cached, "the cached block should have been handed out again");
        }
        CpuAllocator.EmptyCache();
        Assert.Equal(0, CpuAllocator.CachedBytes);
    }
}

internal static class SumHelper
{
    // Reads back and sums on the host so this test does not depend on the reduction ops.
    public static long sum_for_test(this Tensor t) => (long)t.data<float>().Sum(x => (double)x);
}
