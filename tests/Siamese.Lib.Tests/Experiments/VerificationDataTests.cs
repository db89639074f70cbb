using Siamese.Lib.Data;
using Siamese.Lib.Experiments;
using Siamese.Lib.Tests.Data;
using Siamese.Lib.Training;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Experiments;

public class VerificationDataTests
{
    private static EpochContext Context(int batch) => new(1, batch, CPU, new Random(0), false);

    [Fact]
    public void EvaluationPairsAreBalancedAndStayInsideTheirClasses()
    {
        var data = new VerificationData(SyntheticFaces.Images(), SyntheticFaces.Split, 100, seed: 3);
        var labels = data.Images.Labels;
        Assert.All(data.ValidationPairs, p => Assert.True(SyntheticFaces.Split.Validation.Contains(labels[p.Left]) && SyntheticFaces.Split.Validation.Contains(labels[p.Right])));
        Assert.All(data.TestPairs, p => Assert.True(SyntheticFaces.Split.Test.Contains(labels[p.Left]) && SyntheticFaces.Split.Test.Contains(labels[p.Right])));
        Assert.Equal(50, data.TestPairs.Count(p => p.Similar));
        Assert.All(data.TestPairs, p => Assert.Equal(p.Similar, labels[p.Left] == labels[p.Right]));
        Assert.Equal(SyntheticFaces.Side, data.Side);
    }

    [Fact]
    public void TrainPairsYieldTheAskedBatchesOfTrainingImages()
    {
        var data = new VerificationData(SyntheticFaces.Images(), SyntheticFaces.Split, 20, seed: 3);
        var batches = data.TrainPairs(3, PairLabelConvention.SimilarIsZero, seed: 1)(Context(8)).ToList();
        Assert.Equal(3, batches.Count);
        Assert.All(batches, b => Assert.Equal([8L, 1, SyntheticFaces.Side, SyntheticFaces.Side], b.Left.shape));
        // Balanced pairs under Hadsell's convention: half the labels are 0 (similar).
        Assert.All(batches, b => Assert.Equal(4, b.Labels.data<float>().ToArray().Count(l => l == 0)));
    }

    [Fact]
    public void ClassBatchesHoldPTimesKTrainingImagesAndValidationBatchesRepeat()
    {
        var data = new VerificationData(SyntheticFaces.Images(), SyntheticFaces.Split, 20, seed: 3);
        var (images, labels) = data.TrainClassBatches(1, 4, 3, seed: 2)(Context(12)).Single();
        Assert.Equal([12L, 1, SyntheticFaces.Side, SyntheticFaces.Side], images.shape);
        var classes = labels.data<long>().ToArray();
        Assert.Equal(4, classes.Distinct().Count());
        Assert.All(classes, c => Assert.Contains((int)c, SyntheticFaces.Split.Train));
        var validation = data.ValidationClassBatches(2, 8, 3, seed: 5);
        var first = validation(Context(6)).Select(b => b.Labels.data<long>().ToArray()).ToList();
        var second = validation(Context(6)).Select(b => b.Labels.data<long>().ToArray()).ToList();
        Assert.Equal(first, second);
        // P is capped at the two validation classes.
        Assert.All(first, l => Assert.Equal(2, l.Distinct().Count()));
    }

    [DataFact(DatasetCatalog.AttFaces)]
    public void FaceSetupSplitsFortyPeopleIntoDisjointGroups()
    {
        var data = FaceVerificationSetup.Load(RunProfile.Quick);
        Assert.Equal((FaceVerificationSetup.Side, FaceVerificationSetup.Side), (data.Images.Width, data.Images.Height));
        Assert.Equal((28, FaceVerificationSetup.ValidationPeople, FaceVerificationSetup.TestPeople),
                     (data.Split.Train.Count, data.Split.Validation.Count, data.Split.Test.Count));
        Assert.Empty(data.Split.Train.Intersect(data.Split.Validation).Concat(data.Split.Train.Intersect(data.Split.Test)).Concat(data.Split.Validation.Intersect(data.Split.Test)));
        Assert.Equal(FaceVerificationSetup.EvaluationPairs(RunProfile.Quick), data.TestPairs.Count);
    }
}
