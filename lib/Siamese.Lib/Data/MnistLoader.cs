namespace Siamese.Lib.Data;

/// <summary>
/// Loads MNIST or Fashion-MNIST from the four IDX gzip files (<c>train-images-idx3-ubyte.gz</c>,
/// <c>train-labels-idx1-ubyte.gz</c>, <c>t10k-images-idx3-ubyte.gz</c>, <c>t10k-labels-idx1-ubyte.gz</c>).
/// Magic numbers (2051 images, 2049 labels), 28 × 28 sizes, image/label counts and label range 0–9 are checked.
/// MNIST pixels are 0 = background, 255 = ink (the opposite polarity of Omniglot).
/// </summary>
public static class MnistLoader
{
    /// <summary>Number of classes (digits or clothing categories).</summary>
    public const int ClassCount = 10;

    /// <summary>Side of every image in pixels.</summary>
    public const int ImageSize = 28;

    /// <summary>Fashion-MNIST's class names, in label order.</summary>
    public static IReadOnlyList<string> FashionClassNames { get; } =
        ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"];

    /// <summary>
    /// Loads the train (<paramref name="train"/> true, 60,000 images) or test (10,000) split of
    /// <paramref name="dataset"/> (<see cref="DatasetCatalog.Mnist"/> or <see cref="DatasetCatalog.FashionMnist"/>).
    /// </summary>
    public static ImageDataset Load(bool train, string dataset = DatasetCatalog.Mnist, DataLocator? locator = null)
    {
        var dir = (locator ?? DataLocator.FromEnvironment()).Resolve(dataset);
        var prefix = train ? "train" : "t10k";
        var classNames = dataset == DatasetCatalog.FashionMnist
            ? FashionClassNames
            : Enumerable.Range(0, ClassCount).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return LoadFiles(Path.Combine(dir, $"{prefix}-images-idx3-ubyte.gz"), Path.Combine(dir, $"{prefix}-labels-idx1-ubyte.gz"),
            $"{dataset} {(train ? "train" : "test")}", classNames);
    }

    /// <summary>Loads one image file and its label file (gzip or plain IDX).</summary>
    public static ImageDataset LoadFiles(string imagesPath, string labelsPath, string name, IReadOnlyList<string>? classNames = null)
    {
        var (labelDims, labelBytes) = IdxReader.Read(labelsPath, IdxReader.LabelMagic);
        var (dims, pixels) = IdxReader.Read(imagesPath, IdxReader.ImageMagic);
        if (dims[1] != ImageSize || dims[2] != ImageSize)
        {
            throw new DataFormatException($"{imagesPath}: images are {dims[1]}x{dims[2]}, expected {ImageSize}x{ImageSize}");
        }
        if (labelDims[0] != dims[0])
        {
            throw new DataFormatException($"{labelsPath} holds {labelDims[0]} labels but {imagesPath} holds {dims[0]} images");
        }
        var labels = new int[labelBytes.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = labelBytes[i];
            if (labels[i] >= ClassCount)
            {
                throw new DataFormatException($"{labelsPath}: label {labels[i]} at index {i} is outside 0-{ClassCount - 1}");
            }
        }
        classNames ??= Enumerable.Range(0, ClassCount).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return new ImageDataset(name, dims[2], dims[1], pixels, labels, classNames);
    }
}
