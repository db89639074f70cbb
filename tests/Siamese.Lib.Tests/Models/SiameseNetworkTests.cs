using Siamese.Lib.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Models;

public class SiameseNetworkTests
{
    [Fact]
    public void TiedWeightsCollectGradientsFromBothBranches()
    {
        manual_seed(1);
        using var net = new SiameseNetwork<Tensor>(nn.Linear(3, 2), new L1DistanceHead());
        using var x1 = randn(new long[] { 4, 3 });
        using var x2 = randn(new long[] { 4, 3 });
        // One parameter set, used twice.
        Assert.Equal(2, net.parameters().Count());
        using (var d = net.call(x1, x2))
        using (var s = d.sum())
        {
            s.backward();
        }
        var tied = net.parameters().Select(p => p.grad!.data<float>().ToArray()).ToArray();

        // The same computation written with two explicit branches: the gradients are the sum over branches.
        net.zero_grad();
        using (var scope = NewDisposeScope())
        {
            var a = net.Embed(x1);
            var b = net.Embed(x2).detach();
            (a - b).abs().sum().backward();
        }
        var fromLeft = net.parameters().Select(p => p.grad!.data<float>().ToArray()).ToArray();
        net.zero_grad();
        using (var scope = NewDisposeScope())
        {
            var a = net.Embed(x1).detach();
            var b = net.Embed(x2);
            (a - b).abs().sum().backward();
        }
        var fromRight = net.parameters().Select(p => p.grad!.data<float>().ToArray()).ToArray();
        for (var i = 0; i < tied.Length; i++)
        {
            for (var j = 0; j < tied[i].Length; j++)
            {
                Assert.Equal(fromLeft[i][j] + fromRight[i][j], tied[i][j], 5);
            }
        }
    }

    [Fact]
    public void PseudoSiameseHasTwoWeightSets()
    {
        using var net = new PseudoSiameseNetwork<Tensor, Tensor>(nn.Linear(3, 2), nn.Linear(5, 2), new EuclideanDistanceHead());
        Assert.Equal(4, net.parameters().Count());
        using var a = zeros(4, 3);
        using var b = zeros(4, 5);
        using var d = net.call(a, b);
        Assert.Equal([4L], d.shape);
    }

    [Fact]
    public void PseudoSiameseRejectsTiedEncoders()
    {
        var shared = nn.Linear(3, 2);
        Assert.Throws<ArgumentException>(() => new PseudoSiameseNetwork<Tensor, Tensor>(shared, shared, new L1DistanceHead()));
    }

    [Fact]
    public void TripletNetworkSharesOneEncoder()
    {
        using var net = new TripletNetwork<Tensor>(nn.Linear(3, 2));
        using var x = zeros(5, 3);
        var (a, p, n) = net.call(x, x, x);
        Assert.Equal([5L, 2], a.shape);
        Assert.Equal(2, net.parameters().Count());
        a.Dispose();
        p.Dispose();
        n.Dispose();
    }

    [Fact]
    public void MismatchedPairBatchesAreAClearError()
    {
        using var net = new SiameseNetwork<Tensor>(nn.Linear(3, 2), new L1DistanceHead());
        using var a = zeros(4, 3);
        using var b = zeros(5, 3);
        var e = Assert.Throws<ArgumentException>(() => net.call(a, b));
        Assert.Contains("same batch size", e.Message);
    }

    [Fact]
    public void SiameseSummaryAddsTheHead()
    {
        using var net = new SiameseNetwork<Tensor>(new SmallCnn(8, (4, 8), 10), new WeightedL1LogitHead(8));
        var s = ModelSummary.Of(net, 1, 28, 28);
        Assert.Equal("encoder.conv1", s.Rows[0].Name);
        Assert.Equal("head", s.Rows[^1].Name);
        Assert.Equal(9, s.Rows[^1].Parameters);
        Assert.Equal(net.parameters().Sum(p => p.numel()), s.TotalParameters);
    }
}
