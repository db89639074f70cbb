using Siamese.Lib.Data;
using Siamese.Lib.Experiments;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Experiments;

public class PairImagesTests
{
    private static VerificationData Data() => new(SyntheticFaces.Images(), SyntheticFaces.Split, 200, seed: 1);

    [Fact]
    public void CleanPixelDistancesAreTheScoringDistancesOfAFlatteningEncoder()
    {
        var data = Data();
        using var clean = PairImages.Clean(data);
        var expected = PairScoring.Distances(nn.Flatten(), data.Images, data.TestPairs);
        AssertClose(expected, clean.TestDistances(null));
        AssertClose(expected, clean.TestDistances(nn.Flatten()));
        Assert.Equal(PairScoring.Same(data.TestPairs), clean.TestSame);
        Assert.Equal(1.0, clean.Evaluate(null).TestAccuracy);
        Assert.Equal(1.0, clean.TestAuc(null));
    }

    [Fact]
    public void PerturbedChangesOnlyTheRightImagesAndIsReproducible()
    {
        var data = Data();
        using var clean = PairImages.Clean(data);
        using var once = PairImages.Perturbed(data, Ablation.FaceAugmentation, seed: 3);
        using var again = PairImages.Perturbed(data, Ablation.FaceAugmentation, seed: 3);
        Assert.True(once.TestLeft.eq(clean.TestLeft).all().item<bool>());
        Assert.False(once.TestRight.eq(clean.TestRight).all().item<bool>());
        Assert.True(once.TestRight.eq(again.TestRight).all().item<bool>());
    }

    [Fact]
    public void EvaluationRestoresTheEncodersTrainingMode()
    {
        using var clean = PairImages.Clean(Data());
        var encoder = nn.Flatten();
        encoder.train();
        clean.Evaluate(encoder);
        Assert.True(encoder.training);
    }

    private static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i], 1e-5);
        }
    }
}
