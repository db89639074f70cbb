namespace Siamese.Lib.Data;

/// <summary>
/// A labelled set of same-size 8-bit grayscale images held as ONE contiguous byte buffer
/// (<see cref="Count"/> × <see cref="Height"/> × <see cref="Width"/>, row-major, 0 = black, 255 = white, as in
/// the files). Keeping bytes (not floats, not tensors) keeps a whole dataset in one compact copy: Omniglot
/// background is 212 MB here, 850 MB as float32. Batches become tensors on demand (<see cref="ImageBatcher"/>).
/// </summary>
public sealed class ImageDataset
{
    /// <summary>Wraps decoded images; arrays are taken, not copied.</summary>
    /// <param name="name">A short description for messages (e.g. "Omniglot background").</param>
    /// <param name="width">Pixels per row.</param>
    /// <param name="height">Rows per image.</param>
    /// <param name="pixels">count × height × width bytes.</param>
    /// <param name="labels">Class index per image, in [0, classNames.Count).</param>
    /// <param name="classNames">Name per class.</param>
    /// <param name="classGroups">Optional group per class (Omniglot: the alphabet index).</param>
    /// <param name="groupNames">Names of the groups when <paramref name="classGroups"/> is given.</param>
    /// <param name="instances">Optional per-image instance number (Omniglot: the drawer 1–20; AT&amp;T: image 1–10).</param>
    public ImageDataset(string name, int width, int height, byte[] pixels, int[] labels, IReadOnlyList<string> classNames,
        int[]? classGroups = null, IReadOnlyList<string>? groupNames = null, int[]? instances = null)
    {
        if ((long)labels.Length * width * height != pixels.LongLength)
        {
            throw new ArgumentException($"{labels.Length} images of {width}x{height} need {(long)labels.Length * width * height} bytes, got {pixels.LongLength}", nameof(pixels));
        }
        if (labels.Any(l => l < 0 || l >= classNames.Count))
        {
            throw new ArgumentException($"labels must lie in [0, {classNames.Count})", nameof(labels));
        }
        if (classGroups is not null && (classGroups.Length != classNames.Count || groupNames is null || classGroups.Any(g => g < 0 || g >= groupNames.Count)))
        {
            throw new ArgumentException("classGroups needs one valid group index per class and groupNames", nameof(classGroups));
        }
        if (instances is not null && instances.Length != labels.Length)
        {
            throw new ArgumentException("instances needs one entry per image", nameof(instances));
        }
        Name = name;
        Width = width;
        Height = height;
        Pixels = pixels;
        Labels = labels;
        ClassNames = classNames;
        ClassGroups = classGroups;
        GroupNames = groupNames;
        Instances = instances;
        var byClass = new List<int>[classNames.Count];
        for (var c = 0; c < byClass.Length; c++)
        {
            byClass[c] = [];
        }
        for (var i = 0; i < labels.Length; i++)
        {
            byClass[labels[i]].Add(i);
        }
        IndicesByClass = byClass.Select(l => (IReadOnlyList<int>)l.ToArray()).ToArray();
    }

    /// <summary>A short description for messages.</summary>
    public string Name { get; }

    /// <summary>Number of images.</summary>
    public int Count => Labels.Length;

    /// <summary>Pixels per row.</summary>
    public int Width { get; }

    /// <summary>Rows per image.</summary>
    public int Height { get; }

    /// <summary>All pixels, image after image (Count × Height × Width bytes).</summary>
    public byte[] Pixels { get; }

    /// <summary>Class index of each image.</summary>
    public int[] Labels { get; }

    /// <summary>Name of each class.</summary>
    public IReadOnlyList<string> ClassNames { get; }

    /// <summary>Number of classes.</summary>
    public int ClassCount => ClassNames.Count;

    /// <summary>Group (Omniglot alphabet) of each class, or null.</summary>
    public int[]? ClassGroups { get; }

    /// <summary>Names of the groups, or null.</summary>
    public IReadOnlyList<string>? GroupNames { get; }

    /// <summary>Per-image instance number (Omniglot drawer, AT&amp;T image number), or null.</summary>
    public int[]? Instances { get; }

    /// <summary>The image indices of each class, ascending.</summary>
    public IReadOnlyList<IReadOnlyList<int>> IndicesByClass { get; }

    /// <summary>The pixels of image <paramref name="index"/> (Height × Width bytes, a view, no copy).</summary>
    public ReadOnlySpan<byte> Image(int index) => Pixels.AsSpan(checked(index * Width * Height), Width * Height);
}
