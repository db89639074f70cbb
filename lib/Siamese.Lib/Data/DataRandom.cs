namespace Siamese.Lib.Data;

/// <summary>
/// The samplers' random generator: xoshiro256** seeded through SplitMix64. Unlike <see cref="Random"/>,
/// whose algorithm .NET may change between versions, its output for a seed is fixed by this code, so a seed
/// gives the same pairs, splits and augmentations on every machine and runtime. Not thread-safe: use one
/// per sampler (<see cref="Fork"/> derives independent streams).
/// </summary>
public sealed class DataRandom
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>A generator whose whole sequence is determined by <paramref name="seed"/>.</summary>
    public DataRandom(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>), without modulo bias.</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        var bound = (ulong)maxExclusive;
        // Rejection keeps every value equally likely.
        var limit = ulong.MaxValue - ulong.MaxValue % bound;
        ulong r;
        do
        {
            r = NextUInt64();
        }
        while (r >= limit);
        return (int)(r % bound);
    }

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform double in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public double Uniform(double min, double max) => min + (max - min) * NextDouble();

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Bernoulli(double p) => NextDouble() < p;

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher–Yates).</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary><paramref name="k"/> distinct integers from [0, <paramref name="n"/>), in random order.</summary>
    public int[] Choose(int n, int k)
    {
        if (k > n || k < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(k), $"cannot choose {k} distinct items out of {n}");
        }
        var all = Enumerable.Range(0, n).ToArray();
        // Partial Fisher-Yates: only the first k positions are needed.
        for (var i = 0; i < k; i++)
        {
            var j = i + Next(n - i);
            (all[i], all[j]) = (all[j], all[i]);
        }
        return all[..k];
    }

    /// <summary>A new generator seeded from this one: an independent, reproducible stream.</summary>
    public DataRandom Fork() => new(NextUInt64());
}
