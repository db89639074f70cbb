namespace Siamese.Lib.Data;

/// <summary>
/// Episodes for one-shot evaluation, deterministic under a seed:
/// <list type="bullet">
/// <item><see cref="SampleTask"/>: a generic N-way k-shot task (ways drawn from all classes of the subset, or
/// from one group, e.g. one alphabet);</item>
/// <item><see cref="SampleKochTrial"/>: Koch et al. (2015, §4.4) within-alphabet N-way one-shot trials on
/// Omniglot's evaluation alphabets: pick an alphabet with at least N characters, N of its characters and two
/// different drawers; the first drawer's image of one character is the query and the second drawer's images of
/// the N characters are the candidates. Lake's fixed runs come from <see cref="LakeRunsLoader"/> instead.</item>
/// </list>
/// </summary>
public sealed class FewShotTaskSampler
{
    private readonly ClassSubset _subset;
    private readonly DataRandom _rng;

    /// <summary>A sampler over <paramref name="subset"/>.</summary>
    public FewShotTaskSampler(ClassSubset subset, ulong seed)
    {
        _subset = subset;
        _rng = new DataRandom(seed);
    }

    /// <summary>
    /// An N-way (<paramref name="ways"/>) k-shot (<paramref name="shots"/>) task with
    /// <paramref name="queriesPerWay"/> queries per way, support and queries disjoint. With
    /// <paramref name="withinGroup"/> all ways come from one class group (e.g. one alphabet).
    /// </summary>
    public FewShotTask SampleTask(int ways, int shots, int queriesPerWay = 1, bool withinGroup = false)
    {
        var perClass = shots + queriesPerWay;
        var eligible = _subset.Classes.Where(c => _subset.ImagesOf(c).Count >= perClass).ToList();
        if (withinGroup)
        {
            var groups = _subset.Dataset.ClassGroups ?? throw new InvalidOperationException($"{_subset.Dataset.Name} has no class groups");
            var candidates = eligible.GroupBy(c => groups[c]).Where(g => g.Count() >= ways).OrderBy(g => g.Key).ToList();
            if (candidates.Count == 0)
            {
                throw new InvalidOperationException($"no group has {ways} classes with {perClass} images");
            }
            eligible = [.. candidates[_rng.Next(candidates.Count)]];
        }
        if (eligible.Count < ways)
        {
            throw new InvalidOperationException($"only {eligible.Count} classes have {perClass} images; a {ways}-way task needs {ways}");
        }
        var classes = _rng.Choose(eligible.Count, ways).Select(i => eligible[i]).ToArray();
        var support = new List<int>();
        var supportLabels = new List<int>();
        var queries = new List<int>();
        var queryLabels = new List<int>();
        for (var w = 0; w < ways; w++)
        {
            var images = _subset.ImagesOf(classes[w]);
            var chosen = _rng.Choose(images.Count, perClass);
            for (var i = 0; i < perClass; i++)
            {
                (i < shots ? support : queries).Add(images[chosen[i]]);
                (i < shots ? supportLabels : queryLabels).Add(w);
            }
        }
        return new FewShotTask(classes, support, supportLabels, queries, queryLabels);
    }

    /// <summary>
    /// One Koch et al. within-alphabet trial (<paramref name="ways"/> = 20 in the paper). Needs class groups
    /// (alphabets) and per-image instances (drawers), as <see cref="OmniglotLoader"/> provides.
    /// </summary>
    public OneShotIndexTrial SampleKochTrial(int ways = 20)
    {
        var ds = _subset.Dataset;
        var groups = ds.ClassGroups ?? throw new InvalidOperationException($"{ds.Name} has no class groups (alphabets)");
        var drawers = ds.Instances ?? throw new InvalidOperationException($"{ds.Name} has no instances (drawers)");
        var alphabets = _subset.Classes.GroupBy(c => groups[c]).Where(g => g.Count() >= ways).OrderBy(g => g.Key).ToList();
        if (alphabets.Count == 0)
        {
            throw new InvalidOperationException($"no alphabet has {ways} characters");
        }
        var characters = alphabets[_rng.Next(alphabets.Count)].ToArray();
        var chosen = _rng.Choose(characters.Length, ways).Select(i => characters[i]).ToArray();
        // Drawers present for every chosen character (all 20 in Omniglot).
        var common = chosen.Select(c => _subset.ImagesOf(c).Select(i => drawers[i]).ToHashSet())
            .Aggregate((a, b) => { a.IntersectWith(b); return a; }).Order().ToArray();
        if (common.Length < 2)
        {
            throw new InvalidOperationException("the chosen characters do not share two drawers");
        }
        var two = _rng.Choose(common.Length, 2);
        int ImageOf(int cls, int drawer) => _subset.ImagesOf(cls).First(i => drawers[i] == drawer);
        var correct = _rng.Next(ways);
        var candidates = chosen.Select(c => ImageOf(c, common[two[1]])).ToArray();
        return new OneShotIndexTrial(ImageOf(chosen[correct], common[two[0]]), candidates, correct);
    }
}
