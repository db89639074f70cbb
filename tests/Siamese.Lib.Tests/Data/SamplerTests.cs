using Siamese.Lib.Data;

namespace Siamese.Lib.Tests.Data;

public class SamplerTests
{
    /// <summary>groups × classesPerGroup classes of imagesPerClass 2×2 images; instance = drawer 1..n.</summary>
    private static ImageDataset Synthetic(int groups = 3, int classesPerGroup = 5, int imagesPerClass = 6)
    {
        var classes = groups * classesPerGroup;
        var n = classes * imagesPerClass;
        var labels = Enumerable.Range(0, n).Select(i => i / imagesPerClass).ToArray();
        var instances = Enumerable.Range(0, n).Select(i => i % imagesPerClass + 1).ToArray();
        return new ImageDataset("synthetic", 2, 2, new byte[n * 4], labels,
            Enumerable.Range(0, classes).Select(c => $"c{c}").ToArray(),
            Enumerable.Range(0, classes).Select(c => c / classesPerGroup).ToArray(),
            Enumerable.Range(0, groups).Select(g => $"g{g}").ToArray(), instances);
    }

    [Fact]
    public void RandomIsReproducibleAndUnbiasedEnough()
    {
        var a = new DataRandom(42);
        var b = new DataRandom(42);
        Assert.Equal(Enumerable.Range(0, 100).Select(_ => a.NextUInt64()), Enumerable.Range(0, 100).Select(_ => b.NextUInt64()));
        Assert.NotEqual(new DataRandom(1).NextUInt64(), new DataRandom(2).NextUInt64());
        var r = new DataRandom(7);
        var counts = new int[10];
        for (var i = 0; i < 100_000; i++)
        {
            counts[r.Next(10)]++;
        }
        // 10,000 expected per bucket; 5 sigma is about 475.
        Assert.All(counts, c => Assert.InRange(c, 9_500, 10_500));
        var chosen = r.Choose(10, 10);
        Assert.Equal(Enumerable.Range(0, 10), chosen.Order());
    }

    [Theory]
    [InlineData(PairLabelConvention.SimilarIsOne, true, 1f)]
    [InlineData(PairLabelConvention.SimilarIsOne, false, 0f)]
    [InlineData(PairLabelConvention.SimilarIsZero, true, 0f)]
    [InlineData(PairLabelConvention.SimilarIsZero, false, 1f)]
    public void LabelConventionMapsSimilarity(PairLabelConvention convention, bool similar, float label)
    {
        Assert.Equal(label, convention.LabelFor(similar));
        Assert.Equal(similar, convention.IsSimilar(label));
    }

    [Theory]
    [InlineData(0.5, 64, 32)]
    [InlineData(0.25, 100, 25)]
    [InlineData(1.0, 10, 10)]
    public void PairSamplerIsBalancedCorrectAndSeeded(double fraction, int count, int expectedSimilar)
    {
        var ds = Synthetic();
        var s = new PairSampler(new ClassSubset(ds), seed: 3, similarFraction: fraction);
        var pairs = s.Sample(count);
        Assert.Equal(expectedSimilar, pairs.Count(p => p.Similar));
        Assert.All(pairs, p =>
        {
            Assert.Equal(p.Similar, ds.Labels[p.Left] == ds.Labels[p.Right]);
            Assert.NotEqual(p.Left, p.Right);
        });
        Assert.Equal(pairs, new PairSampler(new ClassSubset(ds), 3, fraction).Sample(count));
        Assert.NotEqual(pairs, new PairSampler(new ClassSubset(ds), 4, fraction).Sample(count));
    }

    [Fact]
    public void SamplersStayInsideTheirClassSubset()
    {
        var ds = Synthetic();
        var split = ClassSplit.Create(ds.ClassCount, 0.6, 0.2, seed: 11);
        var train = new ClassSubset(ds, split.Train);
        var allowed = split.Train.ToHashSet();
        Assert.All(new PairSampler(train, 1).Sample(200), p => Assert.True(allowed.Contains(ds.Labels[p.Left]) && allowed.Contains(ds.Labels[p.Right])));
        Assert.All(new TripletSampler(train, 1).Sample(200), t =>
        {
            Assert.Equal(ds.Labels[t.Anchor], ds.Labels[t.Positive]);
            Assert.NotEqual(t.Anchor, t.Positive);
            Assert.NotEqual(ds.Labels[t.Anchor], ds.Labels[t.Negative]);
            Assert.Contains(ds.Labels[t.Negative], allowed);
        });
    }

    [Fact]
    public void ClassSplitIsDisjointCompleteAndSeeded()
    {
        var s = ClassSplit.Create(100, 0.7, 0.1, seed: 5);
        Assert.Equal((70, 10, 20), (s.Train.Count, s.Validation.Count, s.Test.Count));
        Assert.Equal(Enumerable.Range(0, 100), s.Train.Concat(s.Validation).Concat(s.Test).Order());
        Assert.Equal(s.Train, ClassSplit.Create(100, 0.7, 0.1, seed: 5).Train);
        Assert.NotEqual(s.Train, ClassSplit.Create(100, 0.7, 0.1, seed: 6).Train);
    }

    [Fact]
    public void GroupSplitKeepsWholeGroupsTogether()
    {
        var ds = Synthetic(groups: 4);
        var s = ClassSplit.ByGroup(ds, 0.5, 0.25, seed: 2);
        var groupsOf = (IReadOnlyList<int> classes) => classes.Select(c => ds.ClassGroups![c]).Distinct().ToList();
        Assert.Equal((2, 1, 1), (groupsOf(s.Train).Count, groupsOf(s.Validation).Count, groupsOf(s.Test).Count));
        Assert.Empty(groupsOf(s.Train).Intersect(groupsOf(s.Test)));
    }

    [Fact]
    public void PkBatchesHoldKImagesOfPDistinctClassesAndCoverAllClasses()
    {
        var ds = Synthetic(); // 15 classes
        var s = new PkBatchSampler(new ClassSubset(ds), classesPerBatch: 4, imagesPerClass: 3, seed: 9);
        var seen = new List<int>();
        for (var b = 0; b < 15; b++)
        {
            var batch = s.NextBatch();
            Assert.Equal(12, batch.Length);
            Assert.Equal(12, batch.Distinct().Count());
            var classes = batch.Chunk(3).Select(chunk =>
            {
                Assert.Single(chunk.Select(i => ds.Labels[i]).Distinct());
                return ds.Labels[chunk[0]];
            }).ToList();
            Assert.Equal(4, classes.Distinct().Count());
            seen.AddRange(classes);
        }
        // 60 class slots over 15 classes: each class exactly 4 times (one per pass).
        Assert.All(seen.GroupBy(c => c), g => Assert.Equal(4, g.Count()));
    }

    [Fact]
    public void FewShotTaskHasDisjointSupportAndQueries()
    {
        var ds = Synthetic();
        var t = new FewShotTaskSampler(new ClassSubset(ds), 1).SampleTask(ways: 5, shots: 2, queriesPerWay: 3, withinGroup: true);
        Assert.Equal(10, t.Support.Count);
        Assert.Equal(15, t.Queries.Count);
        Assert.Empty(t.Support.Intersect(t.Queries));
        Assert.Single(t.Classes.Select(c => ds.ClassGroups![c]).Distinct());
        for (var i = 0; i < t.Support.Count; i++)
        {
            Assert.Equal(t.Classes[t.SupportLabels[i]], ds.Labels[t.Support[i]]);
        }
        for (var i = 0; i < t.Queries.Count; i++)
        {
            Assert.Equal(t.Classes[t.QueryLabels[i]], ds.Labels[t.Queries[i]]);
        }
    }

    [Fact]
    public void KochTrialsAreWithinOneAlphabetWithTwoDrawers()
    {
        var ds = Synthetic(groups: 3, classesPerGroup: 5, imagesPerClass: 6);
        var sampler = new FewShotTaskSampler(new ClassSubset(ds), 4);
        for (var k = 0; k < 50; k++)
        {
            var trial = sampler.SampleKochTrial(ways: 5);
            Assert.Equal(5, trial.Candidates.Count);
            Assert.Single(trial.Candidates.Select(c => ds.ClassGroups![ds.Labels[c]]).Distinct());
            Assert.Equal(5, trial.Candidates.Select(c => ds.Labels[c]).Distinct().Count());
            Assert.Equal(ds.Labels[trial.Query], ds.Labels[trial.Candidates[trial.CorrectIndex]]);
            Assert.Single(trial.Candidates.Select(c => ds.Instances![c]).Distinct());
            Assert.NotEqual(ds.Instances![trial.Query], ds.Instances[trial.Candidates[0]]);
        }
        Assert.Throws<InvalidOperationException>(() => sampler.SampleKochTrial(ways: 6));
    }

    [Fact]
    public void PairBatchTensorsFollowTheConvention()
    {
        var ds = Synthetic();
        var pairs = new[] { new ImagePair(0, 1, true), new ImagePair(0, 6, false) };
        using var hadsell = PairBatch.Create(ds, pairs, PairLabelConvention.SimilarIsZero);
        Assert.Equal(new long[] { 2, 1, 2, 2 }, hadsell.Left.shape);
        Assert.Equal(new[] { 0f, 1f }, hadsell.Labels.data<float>().ToArray());
        using var koch = PairBatch.Create(ds, pairs, PairLabelConvention.SimilarIsOne);
        Assert.Equal(new[] { 1f, 0f }, koch.Labels.data<float>().ToArray());
        using var trial = PairBatch.FromTrial(ds, new OneShotIndexTrial(0, [6, 1, 12], 1), PairLabelConvention.SimilarIsOne);
        Assert.Equal(new[] { 0f, 1f, 0f }, trial.Labels.data<float>().ToArray());
        Assert.Equal(new long[] { 3, 1, 2, 2 }, trial.Right.shape);
    }

    [DataFact(DatasetCatalog.Omniglot)]
    public void KochTrialsOnRealEvaluationAlphabets()
    {
        var ds = OmniglotLoader.Load(background: false);
        var sampler = new FewShotTaskSampler(new ClassSubset(ds), 2015);
        var trials = Enumerable.Range(0, 40).Select(_ => sampler.SampleKochTrial(20)).ToList();
        Assert.All(trials, t => Assert.Equal(ds.Labels[t.Query], ds.Labels[t.Candidates[t.CorrectIndex]]));
        using var batch = PairBatch.FromTrial(ds, trials[0], PairLabelConvention.SimilarIsOne);
        Assert.Equal(new long[] { 20, 1, 105, 105 }, batch.Left.shape);
    }
}
