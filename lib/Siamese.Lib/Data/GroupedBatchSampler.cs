namespace Siamese.Lib.Data;

/// <summary>
/// Batches of images drawn group by group: <see cref="Groups"/> groups (Omniglot alphabets) per batch,
/// <see cref="ClassesPerGroup"/> classes (characters) of each, <see cref="ImagesPerClass"/> images (drawers) of
/// each, class-major. Every pair of images in such a batch is a training pair, and the dissimilar ones are mostly
/// characters of ONE alphabet, the hard negatives that Lake's within-alphabet one-shot runs test. Groups with
/// fewer than <see cref="ClassesPerGroup"/> classes are skipped. Deterministic under the seed.
/// </summary>
public sealed class GroupedBatchSampler
{
    private readonly ClassSubset _subset;
    private readonly int[][] _classesByGroup;
    private readonly DataRandom _rng;

    /// <summary>A sampler over <paramref name="subset"/>, whose dataset must have class groups.</summary>
    public GroupedBatchSampler(ClassSubset subset, int groups, int classesPerGroup, int imagesPerClass, ulong seed)
    {
        var classGroups = subset.Dataset.ClassGroups ?? throw new ArgumentException($"{subset.Dataset.Name} has no class groups", nameof(subset));
        ArgumentOutOfRangeException.ThrowIfLessThan(classesPerGroup, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(imagesPerClass, 2);
        _classesByGroup = subset.Classes.Where(c => subset.ImagesOf(c).Count >= imagesPerClass)
            .GroupBy(c => classGroups[c]).OrderBy(g => g.Key).Select(g => g.ToArray()).Where(g => g.Length >= classesPerGroup).ToArray();
        if (groups < 1 || groups > _classesByGroup.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(groups),
                $"{_classesByGroup.Length} groups have {classesPerGroup} classes with {imagesPerClass} images; asked for {groups} per batch");
        }
        _subset = subset;
        Groups = groups;
        ClassesPerGroup = classesPerGroup;
        ImagesPerClass = imagesPerClass;
        _rng = new DataRandom(seed);
    }

    /// <summary>Groups per batch.</summary>
    public int Groups { get; }

    /// <summary>Classes drawn from each group.</summary>
    public int ClassesPerGroup { get; }

    /// <summary>Images drawn from each class.</summary>
    public int ImagesPerClass { get; }

    /// <summary>Images per batch.</summary>
    public int BatchSize => Groups * ClassesPerGroup * ImagesPerClass;

    /// <summary>The next batch: image indices, class-major, and the dataset class of each.</summary>
    public (int[] Images, int[] Classes) NextBatch()
    {
        var images = new List<int>(BatchSize);
        var classes = new List<int>(BatchSize);
        foreach (var g in _rng.Choose(_classesByGroup.Length, Groups))
        {
            var group = _classesByGroup[g];
            foreach (var c in _rng.Choose(group.Length, ClassesPerGroup))
            {
                var cls = group[c];
                var pool = _subset.ImagesOf(cls);
                foreach (var i in _rng.Choose(pool.Count, ImagesPerClass))
                {
                    images.Add(pool[i]);
                    classes.Add(cls);
                }
            }
        }
        return ([.. images], [.. classes]);
    }
}
