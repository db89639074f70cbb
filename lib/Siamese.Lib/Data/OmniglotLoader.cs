namespace Siamese.Lib.Data;

/// <summary>
/// Loads Omniglot (Lake et al. 2015) straight from its zips: <c>images_background.zip</c> (30 alphabets,
/// 964 characters, 19,280 images) and <c>images_evaluation.zip</c> (20 alphabets, 659 characters, 13,180
/// images), laid out <c>images_*/&lt;Alphabet&gt;/character&lt;NN&gt;/&lt;id&gt;_&lt;drawer&gt;.png</c>.
/// Each character is a class (named <c>Alphabet/characterNN</c>), its alphabet is the class group and the
/// drawer (1–20) is the image's instance. Images are 105 × 105, 1-bit: 255 = white paper, 0 = ink.
/// Order is deterministic: alphabets, characters and files sorted by ordinal name.
/// </summary>
public static class OmniglotLoader
{
    /// <summary>Side of every Omniglot image, in pixels.</summary>
    public const int ImageSize = 105;

    /// <summary>The background split (Koch et al. train on it).</summary>
    public const string BackgroundZip = "images_background.zip";

    /// <summary>The evaluation split (one-shot tests use it).</summary>
    public const string EvaluationZip = "images_evaluation.zip";

    /// <summary>Loads the background (<paramref name="background"/> true) or evaluation split from the data location.</summary>
    public static ImageDataset Load(bool background, DataLocator? locator = null)
    {
        locator ??= DataLocator.FromEnvironment();
        var file = background ? BackgroundZip : EvaluationZip;
        return LoadZip(locator.ResolveFile(DatasetCatalog.Omniglot, file), background ? "Omniglot background" : "Omniglot evaluation");
    }

    /// <summary>Loads an Omniglot-layout zip (also the <c>images_background_small*.zip</c> subsets).</summary>
    public static ImageDataset LoadZip(string zipPath, string? name = null)
    {
        using var zip = SafeZip.Open(zipPath);
        var items = new List<(string Alphabet, string Character, string File, int Drawer, System.IO.Compression.ZipArchiveEntry Entry)>();
        foreach (var e in zip.Entries)
        {
            if (!e.FullName.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var parts = e.FullName.Split('/');
            if (parts.Length != 4)
            {
                throw new DataFormatException($"{zipPath}!{e.FullName}: expected images_*/<alphabet>/<character>/<file>.png");
            }
            items.Add((parts[1], parts[2], parts[3], ParseDrawer(zipPath, e.FullName, parts[3]), e));
        }
        if (items.Count == 0)
        {
            throw new DataFormatException($"{zipPath}: no PNG images in the archive");
        }
        items.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.Alphabet, b.Alphabet);
            c = c != 0 ? c : string.CompareOrdinal(a.Character, b.Character);
            return c != 0 ? c : string.CompareOrdinal(a.File, b.File);
        });
        var alphabets = new List<string>();
        var classNames = new List<string>();
        var classGroups = new List<int>();
        var labels = new int[items.Count];
        var drawers = new int[items.Count];
        const int PixelsPerImage = ImageSize * ImageSize;
        var pixels = new byte[checked(items.Count * PixelsPerImage)];
        for (var i = 0; i < items.Count; i++)
        {
            var (alphabet, character, _, drawer, entry) = items[i];
            if (alphabets.Count == 0 || alphabets[^1] != alphabet)
            {
                alphabets.Add(alphabet);
            }
            var className = alphabet + "/" + character;
            if (classNames.Count == 0 || classNames[^1] != className)
            {
                classNames.Add(className);
                classGroups.Add(alphabets.Count - 1);
            }
            labels[i] = classNames.Count - 1;
            drawers[i] = drawer;
            var source = $"{zipPath}!{entry.FullName}";
            var image = PngReader.ReadGray(zip.ReadAllBytes(entry), source);
            if (image.Width != ImageSize || image.Height != ImageSize)
            {
                throw new DataFormatException($"{source}: {image.Width}x{image.Height} image, Omniglot images are {ImageSize}x{ImageSize}");
            }
            image.Pixels.CopyTo(pixels.AsSpan(i * PixelsPerImage, PixelsPerImage));
        }
        return new ImageDataset(name ?? Path.GetFileNameWithoutExtension(zipPath), ImageSize, ImageSize, pixels, labels,
            classNames, [.. classGroups], alphabets, drawers);
    }

    private static int ParseDrawer(string zipPath, string entry, string file)
    {
        // <id>_<drawer>.png, e.g. 0709_17.png
        var stem = Path.GetFileNameWithoutExtension(file);
        var underscore = stem.LastIndexOf('_');
        if (underscore < 0 || !int.TryParse(stem.AsSpan(underscore + 1), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var drawer))
        {
            throw new DataFormatException($"{zipPath}!{entry}: file name is not <id>_<drawer>.png");
        }
        return drawer;
    }
}
