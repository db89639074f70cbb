using Siamese.Lib.Data;

namespace Siamese.Lib.Tests.Data;

public class GroupedBatchSamplerTests
{
    /// <summary>groups × classesPerGroup classes of imagesPerClass 1×1 images.</summary>
    private static ImageDataset Synthetic(int groups, int classesPerGroup, int imagesPerClass)
    {
        var classes = groups * classesPerGroup;
        var n = classes * imagesPerClass;
        return new ImageDataset("synthetic", 1, 1, new byte[n], Enumerable.Range(0, n).Select(i => i / imagesPerClass).ToArray(),
            Enumerable.Range(0, classes).Select(c => $"c{c}").ToArray(), Enumerable.Range(0, classes).Select(c => c / classesPerGroup).ToArray(),
            Enumerable.Range(0, groups).Select(g => $"g{g}").ToArray());
    }

    [Fact]
    public void BatchesAreGroupsOfClassesOfDistinctImages()
    {
        var ds = Synthetic(groups: 5, classesPerGroup: 6, imagesPerClass: 4);
        var sampler = new GroupedBatchSampler(new ClassSubset(ds), groups: 2, classesPerGroup: 3, imagesPerClass: 2, seed: 1);
        Assert.Equal(12, sampler.BatchSize);
        for (var b = 0; b < 20; b++)
        {
            var (images, classes) = sampler.NextBatch();
            Assert.Equal(12, images.Length);
            Assert.Equal(images.Select(i => ds.Labels[i]), classes);
            Assert.Equal(12, images.Distinct().Count());
            // Class-major: consecutive pairs share a class; blocks of 3 classes share a group; the 2 groups differ.
            var perClass = classes.Chunk(2).ToArray();
            Assert.All(perClass, c => Assert.Equal(c[0], c[1]));
            Assert.Equal(6, perClass.Select(c => c[0]).Distinct().Count());
            var groupsOfBlocks = perClass.Select(c => ds.ClassGroups![c[0]]).Chunk(3).ToArray();
            Assert.All(groupsOfBlocks, g => Assert.Single(g.Distinct()));
            Assert.NotEqual(groupsOfBlocks[0][0], groupsOfBlocks[1][0]);
        }
    }

    [Fact]
    public void SameSeedSameBatchesAndOnlySubsetClasses()
    {
        var ds = Synthetic(groups: 4, classesPerGroup: 5, imagesPerClass: 3);
        var subset = new ClassSubset(ds, Enumerable.Range(5, 15).ToArray());
        var a = new GroupedBatchSampler(subset, 2, 4, 2, seed: 9);
        var b = new GroupedBatchSampler(subset, 2, 4, 2, seed: 9);
        for (var i = 0; i < 10; i++)
        {
            var (x, cx) = a.NextBatch();
            Assert.Equal(x, b.NextBatch().Images);
            Assert.All(cx, c => Assert.InRange(c, 5, 19));
        }
    }

    [Fact]
    public void TooFewGroupsIsAClearError()
    {
        var ds = Synthetic(groups: 2, classesPerGroup: 3, imagesPerClass: 2);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new GroupedBatchSampler(new ClassSubset(ds), 3, 3, 2, seed: 0));
        Assert.Contains("2 groups", e.Message);
        // Groups with too few classes do not count.
        Assert.Throws<ArgumentOutOfRangeException>(() => new GroupedBatchSampler(new ClassSubset(ds), 1, 4, 2, seed: 0));
    }
}
