using Siamese.Lib.Losses;
using Siamese.Lib.Models;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Losses;

public class InBatchOneShotLossTests
{
    private static readonly float[][] Embeddings = [[0f, 0f], [1f, 0f], [0f, 2f], [3f, 1f], [2f, 2f]];

    /// <summary>The loss written out: per query, −log of the softmax mass on its own class among the other images.</summary>
    private static double Expected(WeightedL1LogitHead head, float[][] e, long[] classes)
    {
        var weight = head.parameters().Single(p => p.ndim == 2).data<float>().ToArray();
        var bias = head.parameters().Single(p => p.ndim == 1).data<float>().ToArray()[0];
        double Logit(int i, int j) => Math.Abs(e[i][0] - e[j][0]) * weight[0] + Math.Abs(e[i][1] - e[j][1]) * weight[1] + bias;
        var terms = new List<double>();
        for (var i = 0; i < e.Length; i++)
        {
            var others = Enumerable.Range(0, e.Length).Where(j => j != i).ToArray();
            var positives = others.Where(j => classes[j] == classes[i]).ToArray();
            if (positives.Length == 0)
            {
                continue;
            }
            terms.Add(-Math.Log(positives.Sum(j => Math.Exp(Logit(i, j))) / others.Sum(j => Math.Exp(Logit(i, j)))));
        }
        return terms.Average();
    }

    [Fact]
    public void SymmetricLayoutPointsEveryCellAtItsPair()
    {
        var (left, right) = InBatchPairBceLoss.PairIndices(4);
        var (l, r) = (left.data<long>().ToArray(), right.data<long>().ToArray());
        var layout = InBatchOneShotLoss.SymmetricLayout(4).data<long>().ToArray();
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                var k = layout[i * 4 + j];
                if (i == j)
                {
                    Assert.Equal(6, k);
                }
                else
                {
                    Assert.Equal((Math.Min(i, j), Math.Max(i, j)), ((int)l[k], (int)r[k]));
                }
            }
        }
    }

    [Theory]
    [InlineData(new long[] { 0, 0, 1, 1, 2 })] // image 4 has no positive: it is a distractor only
    [InlineData(new long[] { 0, 0, 0, 1, 1 })] // two positives for the images of class 0
    [InlineData(new long[] { 7, 3, 7, 3, 7 })]
    public void EqualsTheSoftmaxWrittenOut(long[] classes)
    {
        manual_seed(3);
        using var head = new WeightedL1LogitHead(2);
        using var embeddings = tensor(Embeddings.SelectMany(r => r).ToArray(), [5, 2]);
        using var labels = tensor(classes, [5]);
        using var loss = InBatchOneShotLoss.Compute(head, embeddings, labels);
        Assert.Equal(Expected(head, Embeddings, classes), loss.item<float>(), 5);
    }

    [Fact]
    public void IsZeroWhenEveryQueryOnlyHasPositives()
    {
        using var head = new WeightedL1LogitHead(2);
        using var embeddings = rand(3, 2);
        using var loss = InBatchOneShotLoss.Compute(head, embeddings, tensor(new long[] { 4, 4, 4 }, [3]));
        Assert.Equal(0.0, loss.item<float>(), 6);
    }

    [Fact]
    public void GradientsReachTheEmbeddingsAndStayFinite()
    {
        using var head = new WeightedL1LogitHead(3);
        using var embeddings = rand(6, 3).requires_grad_(true);
        using var labels = tensor(new long[] { 0, 0, 1, 1, 2, 5 }, [6]);
        using var loss = InBatchOneShotLoss.Compute(head, embeddings, labels);
        loss.backward();
        Assert.NotNull(embeddings.grad);
        Assert.True(embeddings.grad!.abs().sum().item<float>() > 0);
        Assert.True(embeddings.grad!.isfinite().all().item<bool>());
    }

    [Fact]
    public void BadInputsAreClearErrors()
    {
        using var head = new WeightedL1LogitHead(2);
        using var e = zeros(3, 2);
        Assert.Throws<ArgumentException>(() => InBatchOneShotLoss.Compute(head, e, tensor(new long[] { 0, 1 }, [2])));
        var none = Assert.Throws<ArgumentException>(() => InBatchOneShotLoss.Compute(head, e, tensor(new long[] { 0, 1, 2 }, [3])));
        Assert.Contains("two images of one class", none.Message);
    }
}
