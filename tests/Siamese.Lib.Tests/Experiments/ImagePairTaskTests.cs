using Siamese.Lib.Data;
using Siamese.Lib.Experiments;
using Siamese.Lib.Training;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Experiments;

public class ImagePairTaskTests
{
    [Fact]
    public void SliceCopiesTheChosenImages()
    {
        var images = ModelComparisonTests.Bars(3, 1);
        var slice = ImagePairTask.Slice(images, 5, 4, "part");
        Assert.Equal(4, slice.Count);
        Assert.Equal(images.Labels[5..9], slice.Labels);
        Assert.Equal(images.Image(6).ToArray(), slice.Image(1).ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => ImagePairTask.Slice(images, 10, 3, "too far"));
    }

    [Fact]
    public void BatchesAreLabelledByClassAndReproducibleFromTheEpochRandom()
    {
        var train = ModelComparisonTests.Bars(10, 1);
        var task = ImagePairTask.Create("bars", train, ModelComparisonTests.Bars(10, 2), evaluationPairs: 40, seed: 3);
        var context = new EpochContext(1, 8, CPU, new Random(11), false);
        var first = task.TrainBatches(context).Take(3).ToArray();
        var again = task.TrainBatches(context with { Random = new Random(11) }).Take(3).ToArray();
        for (var i = 0; i < first.Length; i++)
        {
            Assert.Equal([8L, 1, 8, 8], first[i].Left.shape);
            Assert.True(first[i].Left.Equals(again[i].Left));
            var labels = first[i].Target.data<float>().ToArray();
            Assert.All(labels, y => Assert.True(y is 0f or 1f));
            // Same class ⇔ label 0 (Hadsell): a bar image's class is where its bright pixels are.
            for (var k = 0; k < labels.Length; k++)
            {
                var same = Class(first[i].Left.select(0, k)) == Class(first[i].Right.select(0, k));
                Assert.Equal(same ? 0f : 1f, labels[k]);
            }
        }
    }

    [Fact]
    public void ValidationAndTestComeFromDifferentHalvesAndAreBalanced()
    {
        var task = ImagePairTask.Create("bars", ModelComparisonTests.Bars(10, 1), ModelComparisonTests.Bars(10, 2), evaluationPairs: 40, seed: 3);
        Assert.Equal(40, task.Validation.Count);
        Assert.Equal(20, task.Test.Same.Count(s => s));
        Assert.Contains("validation", task.Validation.Name);
        Assert.Contains("test", task.Test.Name);
    }

    private static int Class(TorchSharp.torch.Tensor image)
    {
        var p = image.data<float>().ToArray();
        double Mean(Func<int, int, bool> where) =>
            Enumerable.Range(0, 64).Where(i => where(i / 8, i % 8)).Average(i => p[i]);
        var means = new[] { Mean((y, _) => y < 2), Mean((y, _) => y is 4 or 5), Mean((_, x) => x < 2), Mean((_, x) => x is 4 or 5) };
        return Array.IndexOf(means, means.Max());
    }
}
