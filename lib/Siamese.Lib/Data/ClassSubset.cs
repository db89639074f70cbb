namespace Siamese.Lib.Data;

/// <summary>
/// A view of some classes of an <see cref="ImageDataset"/> (no pixels are copied): the samplers draw only
/// from these classes, which is how train/validation/test splits by class are applied.
/// </summary>
public sealed class ClassSubset
{
    /// <summary>The view of <paramref name="classes"/> of <paramref name="dataset"/> (all classes when null).</summary>
    public ClassSubset(ImageDataset dataset, IReadOnlyList<int>? classes = null)
    {
        Dataset = dataset;
        Classes = classes?.ToArray() ?? Enumerable.Range(0, dataset.ClassCount).ToArray();
        if (Classes.Any(c => c < 0 || c >= dataset.ClassCount) || Classes.Distinct().Count() != Classes.Count)
        {
            throw new ArgumentException($"classes must be distinct indices in [0, {dataset.ClassCount})", nameof(classes));
        }
        ImageIndices = Classes.SelectMany(c => dataset.IndicesByClass[c]).ToArray();
    }

    /// <summary>The dataset viewed.</summary>
    public ImageDataset Dataset { get; }

    /// <summary>The classes of the view (dataset class indices).</summary>
    public IReadOnlyList<int> Classes { get; }

    /// <summary>Every image of those classes.</summary>
    public IReadOnlyList<int> ImageIndices { get; }

    /// <summary>The images of dataset class <paramref name="datasetClass"/>.</summary>
    public IReadOnlyList<int> ImagesOf(int datasetClass) => Dataset.IndicesByClass[datasetClass];
}
