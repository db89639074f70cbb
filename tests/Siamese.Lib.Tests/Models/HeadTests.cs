using Siamese.Lib.Evaluation;
using Siamese.Lib.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Models;

public class HeadTests
{
    private static Tensor A() => tensor(new[] { 1f, 2f, 0f, 3f, 0f, 4f }, [2, 3]);

    private static Tensor B() => tensor(new[] { 1f, 0f, 2f, 0f, 0f, 0f }, [2, 3]);

    [Fact]
    public void L1()
    {
        using var a = A();
        using var b = B();
        using var d = new L1DistanceHead().call(a, b);
        Assert.Equal([4f, 7f], d.data<float>().ToArray());
        Assert.Equal(ScoreDirection.LowerMeansSame, new L1DistanceHead().Direction);
    }

    [Fact]
    public void Euclidean()
    {
        using var a = A();
        using var b = B();
        using var d = new EuclideanDistanceHead(epsilon: 0).call(a, b);
        Assert.Equal(Math.Sqrt(8), d.data<float>().ToArray()[0], 5);
        Assert.Equal(5.0, d.data<float>().ToArray()[1], 5);
    }

    [Fact]
    public void Cosine()
    {
        using var a = tensor(new[] { 1f, 0f, 1f, 1f }, [2, 2]);
        using var b = tensor(new[] { 0f, 2f, 2f, 2f }, [2, 2]);
        using var s = new CosineSimilarityHead().call(a, b);
        Assert.Equal(0.0, s.data<float>().ToArray()[0], 6);
        Assert.Equal(1.0, s.data<float>().ToArray()[1], 6);
        Assert.Equal(ScoreDirection.HigherMeansSame, new CosineSimilarityHead().Direction);
    }

    [Fact]
    public void ExpNegativeL1()
    {
        using var a = A();
        using var b = B();
        using var s = new ExpNegativeL1Head().call(a, b);
        Assert.Equal(Math.Exp(-4), s.data<float>().ToArray()[0], 6);
        Assert.Equal(Math.Exp(-7), s.data<float>().ToArray()[1], 6);
    }

    [Fact]
    public void WeightedL1LogitIsALinearMapOfTheAbsoluteDifference()
    {
        using var head = new WeightedL1LogitHead(3);
        var weight = head.parameters().Single(p => p.ndim == 2).data<float>().ToArray();
        var bias = head.parameters().Single(p => p.ndim == 1).data<float>().ToArray()[0];
        using var a = A();
        using var b = B();
        using var z = head.call(a, b);
        float[][] diff = [[0, 2, 2], [3, 0, 4]];
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(diff[i].Zip(weight, (d, w) => d * w).Sum() + bias, z.data<float>().ToArray()[i], 5);
        }
        Assert.Equal([2L], z.shape);
    }

    [Fact]
    public void MismatchedPairShapesAreAClearError()
    {
        using var a = zeros(2, 3);
        using var b = zeros(3, 3);
        var e = Assert.Throws<ArgumentException>(() => new L1DistanceHead().call(a, b));
        Assert.Contains("[2, 3]", e.Message);
        Assert.Contains("[3, 3]", e.Message);
    }
}
