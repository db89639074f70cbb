using Siamese.Lib.Losses;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Losses;

public class TripletLossTests
{
    private static Tensor Rows(params float[][] rows) =>
        tensor(rows.SelectMany(r => r).ToArray(), [rows.Length, rows[0].Length]);

    [Theory]
    // Triplet 1: dp = 1, dn = 4 (squared) -> 0. Triplet 2: dp = 2, dn = 1 -> 1.2. Mean 0.6.
    [InlineData(true, 0.6)]
    // Plain distances: triplet 1: 1 - 2 + 0.2 < 0 -> 0; triplet 2: sqrt(2) - 1 + 0.2. Mean / 2.
    [InlineData(false, 0.30710678118654755)]
    public void ExplicitTriplets(bool squared, double expected)
    {
        using var a = Rows([0, 0], [0, 0]);
        using var p = Rows([1, 0], [1, 1]);
        using var n = Rows([2, 0], [1, 0]);
        using var loss = new TripletLoss(0.2, squared, normalize: false).call(a, p, n);
        Assert.Equal(expected, loss.item<float>(), 5);
    }

    [Fact]
    public void NormalizationPutsEmbeddingsOnTheUnitCircle()
    {
        // a -> (1, 0), p -> (0, 1), n -> (1, 0): dp² = 2, dn² = 0 -> 2 + 0.2.
        using var a = Rows([1, 0]);
        using var p = Rows([0, 2]);
        using var n = Rows([3, 0]);
        using var loss = new TripletLoss(0.2).call(a, p, n);
        Assert.Equal(2.2, loss.item<float>(), 5);
    }

    [Fact]
    public void MismatchedShapesAreAClearError()
    {
        using var a = zeros(2, 3);
        using var b = zeros(2, 4);
        var e = Assert.Throws<ArgumentException>(() => new TripletLoss().call(a, b, a));
        Assert.Contains("[2, 3]", e.Message);
    }

    // Embeddings on a line, two classes: x = [0, 5, 1, 2], labels [0, 0, 1, 1], plain distances, margin 1.
    // Distances: d01 = 5, d02 = 1, d03 = 2, d12 = 4, d13 = 3, d23 = 1.
    [Theory]
    // Hardest positive / nearest negative per anchor: 5-1+1, 5-3+1, 1-1+1, max(0, 1-2+1) -> (5+3+1+0)/4.
    [InlineData(TripletMining.BatchHard, 2.25)]
    // Positive triplet losses 5, 4, 2, 3, 1 (three others are <= 0) -> 15/5.
    [InlineData(TripletMining.BatchAll, 3.0)]
    // (0,1) and (1,0) have no negative beyond the positive -> farthest negative: 5-2+1, 5-4+1;
    // (2,3) -> nearest beyond is 4: 0; (3,2) -> nearest beyond is 2: 0. (4+2)/4.
    [InlineData(TripletMining.SemiHard, 1.5)]
    public void MinedTripletsMatchHandComputedValues(TripletMining mining, double expected)
    {
        using var x = tensor(new[] { 0f, 5f, 1f, 2f }, [4, 1]);
        using var labels = tensor(new long[] { 0, 0, 1, 1 });
        using var loss = new BatchTripletLoss(mining, margin: 1.0, squared: false, normalize: false).call(x, labels);
        Assert.Equal(expected, loss.item<float>(), 4);
    }

    [Theory]
    [InlineData(TripletMining.BatchHard)]
    [InlineData(TripletMining.BatchAll)]
    [InlineData(TripletMining.SemiHard)]
    public void SingleClassBatchGivesZeroNotNaN(TripletMining mining)
    {
        using var x = randn(new long[] { 5, 3 }, requires_grad: true);
        using var labels = zeros(new long[] { 5 }, ScalarType.Int64);
        using var loss = new BatchTripletLoss(mining).call(x, labels);
        Assert.Equal(0f, loss.item<float>());
        loss.backward();
        Assert.True(x.grad!.isfinite().all().item<bool>());
    }

    [Theory]
    [InlineData(TripletMining.BatchHard)]
    [InlineData(TripletMining.BatchAll)]
    [InlineData(TripletMining.SemiHard)]
    public void PlainDistancesHaveFiniteGradientsWithDuplicates(TripletMining mining)
    {
        // Two identical embeddings: a zero distance whose sqrt would have an infinite derivative.
        using var x = tensor(new[] { 0f, 0f, 0f, 0f, 1f, 1f }, [3, 2], requires_grad: true);
        using var labels = tensor(new long[] { 0, 0, 1 });
        using var loss = new BatchTripletLoss(mining, squared: false, normalize: false).call(x, labels);
        loss.backward();
        Assert.True(x.grad!.isfinite().all().item<bool>());
    }

    [Fact]
    public void LabelCountMismatchIsAClearError()
    {
        using var x = zeros(4, 2);
        using var labels = zeros(new long[] { 3 }, ScalarType.Int64);
        var e = Assert.Throws<ArgumentException>(() => new BatchTripletLoss(TripletMining.BatchHard).call(x, labels));
        Assert.Contains("4 embeddings but 3 labels", e.Message);
    }
}
