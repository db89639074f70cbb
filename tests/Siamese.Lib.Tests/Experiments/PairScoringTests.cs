using Siamese.Lib.Data;
using Siamese.Lib.Experiments;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Experiments;

public class PairScoringTests
{
    /// <summary>Three 1×2 images: (0, 0), (255, 0), (255, 255) → as floats (0, 0), (1, 0), (1, 1).</summary>
    private static ImageDataset Points() => new("points", 2, 1, [0, 0, 255, 0, 255, 255], [0, 1, 2], ["a", "b", "c"]);

    [Fact]
    public void DistancesOfAnIdentityEncoderAreThePixelDistances()
    {
        var flatten = nn.Flatten();
        var distances = PairScoring.Distances(flatten, Points(), [new(0, 1, false), new(0, 2, false), new(1, 2, false), new(2, 2, true)]);
        Assert.Equal([1, Math.Sqrt(2), 1, 0], distances, new Close());
    }

    [Fact]
    public void EmbeddingsComeInOrderAndRestoreTheTrainingMode()
    {
        var flatten = nn.Flatten();
        flatten.train();
        using var embeddings = PairScoring.Embeddings(flatten, Points(), [2, 0], batchSize: 1);
        Assert.Equal(new float[] { 1, 1, 0, 0 }, embeddings.data<float>().ToArray());
        Assert.True(flatten.training);
    }

    [Fact]
    public void PerfectEmbeddingsVerifyPerfectly()
    {
        // Images of one synthetic class are near-identical, of two classes far apart: raw pixels already separate them.
        var data = new VerificationData(SyntheticFaces.Images(), SyntheticFaces.Split, 200, seed: 1);
        var result = PairScoring.Evaluate(nn.Flatten(), data);
        Assert.Equal(1.0, result.ValidationAccuracy);
        Assert.Equal(1.0, result.TestAccuracy);
        Assert.Equal(1.0, PairScoring.ValidationAccuracy(nn.Flatten(), data));
        Assert.Equal(data.TestPairs.Select(p => p.Similar), PairScoring.Same(data.TestPairs));
    }

    private sealed class Close : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-6;

        public int GetHashCode(double obj) => 0;
    }
}
