namespace Siamese.Lib.Data;

/// <summary>
/// Draws random triplets (anchor, positive, negative) for the triplet loss (Schroff et al. 2015, FaceNet): the
/// anchor's class uniformly among classes with two or more images, a different image of it as positive, and
/// an image of another uniformly drawn class as negative. Deterministic under the seed.
/// </summary>
public sealed class TripletSampler
{
    private readonly ClassSubset _subset;
    private readonly int[] _anchorClasses;
    private readonly int[] _nonEmpty;
    private readonly DataRandom _rng;

    /// <summary>A sampler over <paramref name="subset"/>.</summary>
    public TripletSampler(ClassSubset subset, ulong seed)
    {
        _subset = subset;
        _anchorClasses = subset.Classes.Where(c => subset.ImagesOf(c).Count >= 2).ToArray();
        _nonEmpty = subset.Classes.Where(c => subset.ImagesOf(c).Count > 0).ToArray();
        if (_anchorClasses.Length == 0 || _nonEmpty.Length < 2)
        {
            throw new ArgumentException("triplets need a class with two images and at least two non-empty classes", nameof(subset));
        }
        _rng = new DataRandom(seed);
    }

    /// <summary>The next <paramref name="count"/> triplets.</summary>
    public ImageTriplet[] Sample(int count)
    {
        var result = new ImageTriplet[count];
        for (var i = 0; i < count; i++)
        {
            var c = _anchorClasses[_rng.Next(_anchorClasses.Length)];
            var images = _subset.ImagesOf(c);
            var two = _rng.Choose(images.Count, 2);
            int n;
            do
            {
                n = _nonEmpty[_rng.Next(_nonEmpty.Length)];
            }
            while (n == c);
            var negatives = _subset.ImagesOf(n);
            result[i] = new ImageTriplet(images[two[0]], images[two[1]], negatives[_rng.Next(negatives.Count)]);
        }
        return result;
    }
}
