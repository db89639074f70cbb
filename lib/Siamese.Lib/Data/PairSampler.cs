namespace Siamese.Lib.Data;

/// <summary>
/// Draws balanced pairs: of <c>count</c> pairs exactly round(count × <see cref="SimilarFraction"/>) are similar
/// (two different images of one class) and the rest dissimilar (images of two different classes), in a random
/// order. Classes are drawn uniformly (not by image count), so large classes do not dominate. Deterministic
/// under the seed.
/// </summary>
public sealed class PairSampler
{
    private readonly ClassSubset _subset;
    private readonly int[] _pairableClasses;
    private readonly DataRandom _rng;

    /// <summary>A sampler over <paramref name="subset"/> with the share of similar pairs <paramref name="similarFraction"/>.</summary>
    public PairSampler(ClassSubset subset, ulong seed, double similarFraction = 0.5)
    {
        if (similarFraction is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(similarFraction), "must be in [0, 1]");
        }
        _subset = subset;
        _pairableClasses = subset.Classes.Where(c => subset.ImagesOf(c).Count >= 2).ToArray();
        if (similarFraction > 0 && _pairableClasses.Length == 0)
        {
            throw new ArgumentException("no class has two images, so no similar pair exists", nameof(subset));
        }
        if (similarFraction < 1 && subset.Classes.Count(c => subset.ImagesOf(c).Count > 0) < 2)
        {
            throw new ArgumentException("fewer than two non-empty classes, so no dissimilar pair exists", nameof(subset));
        }
        SimilarFraction = similarFraction;
        _rng = new DataRandom(seed);
    }

    /// <summary>Share of similar pairs in each draw.</summary>
    public double SimilarFraction { get; }

    /// <summary>The next <paramref name="count"/> pairs.</summary>
    public ImagePair[] Sample(int count)
    {
        var similar = (int)Math.Round(count * SimilarFraction);
        var pairs = new ImagePair[count];
        for (var i = 0; i < count; i++)
        {
            pairs[i] = i < similar ? SimilarPair() : DissimilarPair();
        }
        _rng.Shuffle(pairs);
        return pairs;
    }

    private ImagePair SimilarPair()
    {
        var images = _subset.ImagesOf(_pairableClasses[_rng.Next(_pairableClasses.Length)]);
        var two = _rng.Choose(images.Count, 2);
        return new ImagePair(images[two[0]], images[two[1]], true);
    }

    private ImagePair DissimilarPair()
    {
        var classes = _subset.Classes;
        int a, b;
        do
        {
            a = classes[_rng.Next(classes.Count)];
            b = classes[_rng.Next(classes.Count)];
        }
        while (a == b || _subset.ImagesOf(a).Count == 0 || _subset.ImagesOf(b).Count == 0);
        var ia = _subset.ImagesOf(a);
        var ib = _subset.ImagesOf(b);
        return new ImagePair(ia[_rng.Next(ia.Count)], ib[_rng.Next(ib.Count)], false);
    }
}
