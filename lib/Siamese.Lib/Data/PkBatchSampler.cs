namespace Siamese.Lib.Data;

/// <summary>
/// Class-balanced P × K batches for in-batch triplet mining (batch-hard / semi-hard, Hermans et al. 2017):
/// each batch holds K images of each of P distinct classes, class-major (images 0..K−1 are class 1, ...).
/// Classes are visited in a shuffled order, P per batch, reshuffled when exhausted, so every class appears
/// once per pass over the classes. A class with fewer than K images contributes all of them plus repeats
/// drawn with replacement (a repeat is its own positive; mining handles it). Deterministic under the seed.
/// </summary>
public sealed class PkBatchSampler
{
    private readonly ClassSubset _subset;
    private readonly int[] _classes;
    private readonly DataRandom _rng;
    private int _cursor;

    /// <summary>A sampler of <paramref name="classesPerBatch"/> × <paramref name="imagesPerClass"/> batches.</summary>
    public PkBatchSampler(ClassSubset subset, int classesPerBatch, int imagesPerClass, ulong seed)
    {
        _classes = subset.Classes.Where(c => subset.ImagesOf(c).Count > 0).ToArray();
        if (classesPerBatch < 2 || classesPerBatch > _classes.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(classesPerBatch), $"need 2 to {_classes.Length} classes per batch");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(imagesPerClass, 2);
        _subset = subset;
        P = classesPerBatch;
        K = imagesPerClass;
        _rng = new DataRandom(seed);
        _rng.Shuffle(_classes);
    }

    /// <summary>Classes per batch.</summary>
    public int P { get; }

    /// <summary>Images per class.</summary>
    public int K { get; }

    /// <summary>The next batch: P × K image indices, class-major.</summary>
    public int[] NextBatch()
    {
        var batch = new int[P * K];
        var taken = new HashSet<int>();
        for (var p = 0; p < P; p++)
        {
            if (_cursor == _classes.Length)
            {
                _rng.Shuffle(_classes);
                // Classes already in this batch go last in the new pass, so a batch never repeats a class.
                var reordered = _classes.Where(c => !taken.Contains(c)).Concat(_classes.Where(taken.Contains)).ToArray();
                reordered.CopyTo(_classes, 0);
                _cursor = 0;
            }
            var cls = _classes[_cursor++];
            taken.Add(cls);
            var images = _subset.ImagesOf(cls);
            var chosen = images.Count >= K
                ? _rng.Choose(images.Count, K)
                : [.. Enumerable.Range(0, images.Count), .. Enumerable.Range(0, K - images.Count).Select(_ => _rng.Next(images.Count))];
            for (var k = 0; k < K; k++)
            {
                batch[p * K + k] = images[chosen[k]];
            }
        }
        return batch;
    }
}
