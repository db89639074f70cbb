namespace Siamese.Lib.Data;

/// <summary>
/// Loads the AT&amp;T (ORL) Database of Faces: folders <c>s1</c> … <c>s40</c>, each with <c>1.pgm</c> …
/// <c>10.pgm</c>, 92 × 112 (width × height) 8-bit grayscale. Subject <c>sN</c> is class N − 1; the image
/// number is the instance.
/// </summary>
public static class AttFacesLoader
{
    /// <summary>Number of subjects (classes).</summary>
    public const int SubjectCount = 40;

    /// <summary>Images per subject.</summary>
    public const int ImagesPerSubject = 10;

    /// <summary>Image width in pixels.</summary>
    public const int ImageWidth = 92;

    /// <summary>Image height in pixels.</summary>
    public const int ImageHeight = 112;

    /// <summary>Loads the faces from the data location.</summary>
    public static ImageDataset Load(DataLocator? locator = null) =>
        LoadDirectory((locator ?? DataLocator.FromEnvironment()).Resolve(DatasetCatalog.AttFaces));

    /// <summary>
    /// Loads every <c>s&lt;N&gt;/&lt;M&gt;.pgm</c> under <paramref name="directory"/> (subjects and images in
    /// numeric order; a subset such as a test fixture works too). All images must share one size.
    /// </summary>
    public static ImageDataset LoadDirectory(string directory)
    {
        var subjects = Directory.GetDirectories(directory)
            .Select(d => (Path: d, Number: NumberAfterPrefix(Path.GetFileName(d), "s")))
            .Where(s => s.Number > 0).OrderBy(s => s.Number).ToList();
        if (subjects.Count == 0)
        {
            throw new DataFormatException($"{directory}: no s<N>/ subject folders");
        }
        var files = new List<(string Path, int Subject, int Image)>();
        foreach (var (path, _) in subjects)
        {
            var images = Directory.GetFiles(path, "*.pgm")
                .Select(f => (Path: f, Number: NumberAfterPrefix(Path.GetFileNameWithoutExtension(f), "")))
                .Where(f => f.Number > 0).OrderBy(f => f.Number).ToList();
            if (images.Count == 0)
            {
                throw new DataFormatException($"{path}: no <N>.pgm images");
            }
            files.AddRange(images.Select(f => (f.Path, subjects.FindIndex(s => s.Path == path), f.Number)));
        }
        int width = 0, height = 0;
        byte[]? pixels = null;
        for (var i = 0; i < files.Count; i++)
        {
            var (w, h, p) = PgmDecoder.Decode(files[i].Path);
            if (pixels is null)
            {
                (width, height) = (w, h);
                pixels = new byte[checked(files.Count * w * h)];
            }
            else if (w != width || h != height)
            {
                throw new DataFormatException($"{files[i].Path}: {w}x{h}, the other faces are {width}x{height}");
            }
            p.CopyTo(pixels, (long)i * w * h);
        }
        return new ImageDataset("AT&T faces", width, height, pixels!, files.Select(f => f.Subject).ToArray(),
            subjects.Select(s => Path.GetFileName(s.Path)).ToArray(), instances: files.Select(f => f.Image).ToArray());
    }

    private static int NumberAfterPrefix(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal) &&
        int.TryParse(name.AsSpan(prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : -1;
}
