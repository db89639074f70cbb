using Siamese.Lib.Losses;
using Siamese.Lib.Models;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Losses;

public class InBatchPairBceLossTests
{
    private static double Bce(double z, double y) => Math.Max(z, 0) - z * y + Math.Log(1 + Math.Exp(-Math.Abs(z)));

    [Fact]
    public void PairIndicesListEveryPairOnce()
    {
        var (left, right) = InBatchPairBceLoss.PairIndices(4);
        Assert.Equal([0L, 0, 0, 1, 1, 2], left.data<long>().ToArray());
        Assert.Equal([1L, 2, 3, 2, 3, 3], right.data<long>().ToArray());
    }

    [Fact]
    public void BalancesSimilarAndDissimilarPairs()
    {
        using var head = new WeightedL1LogitHead(2);
        var weight = head.parameters().Single(p => p.ndim == 2).data<float>().ToArray();
        var bias = head.parameters().Single(p => p.ndim == 1).data<float>().ToArray()[0];
        float[][] e = [[0f, 0f], [1f, 0f], [0f, 2f], [3f, 1f]];
        long[] classes = [0, 0, 1, 1];
        using var embeddings = tensor(e.SelectMany(r => r).ToArray(), [4, 2]);
        using var labels = tensor(classes, [4]);
        using var loss = InBatchPairBceLoss.Compute(head, embeddings, labels);
        // Expected: half the mean BCE over the 2 similar pairs plus half the mean over the 4 dissimilar ones.
        var similar = new List<double>();
        var dissimilar = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            for (var j = i + 1; j < 4; j++)
            {
                var z = Math.Abs(e[i][0] - e[j][0]) * weight[0] + Math.Abs(e[i][1] - e[j][1]) * weight[1] + bias;
                (classes[i] == classes[j] ? similar : dissimilar).Add(Bce(z, classes[i] == classes[j] ? 1 : 0));
            }
        }
        Assert.Equal(2, similar.Count);
        Assert.Equal(0.5 * similar.Average() + 0.5 * dissimilar.Average(), loss.item<float>(), 5);
    }

    [Fact]
    public void GradientsReachTheEmbeddings()
    {
        using var head = new WeightedL1LogitHead(3);
        using var embeddings = rand(6, 3).requires_grad_(true);
        using var labels = tensor(new long[] { 0, 0, 1, 1, 2, 2 }, [6]);
        using var loss = InBatchPairBceLoss.Compute(head, embeddings, labels);
        loss.backward();
        Assert.NotNull(embeddings.grad);
        Assert.True(embeddings.grad!.abs().sum().item<float>() > 0);
    }

    [Fact]
    public void BadShapesAreClearErrors()
    {
        using var head = new WeightedL1LogitHead(2);
        using var e = zeros(3, 2);
        Assert.Throws<ArgumentException>(() => InBatchPairBceLoss.Compute(head, e, tensor(new long[] { 0, 1 }, [2])));
        Assert.Throws<ArgumentException>(() => InBatchPairBceLoss.Compute(head, zeros(1, 2), tensor(new long[] { 0 }, [1])));
    }
}
