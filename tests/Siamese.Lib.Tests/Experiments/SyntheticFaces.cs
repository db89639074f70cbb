using Siamese.Lib.Data;

namespace Siamese.Lib.Tests.Experiments;

/// <summary>
/// A tiny verification task made up on the spot: 12 classes of 12×12 images, each class a bright 4×4 square at
/// its own place on a dark background (a 4 × 3 grid of places), each image with its own pixel noise. Classes 1
/// and 6 validate, 3 and 9 test, the rest train, so that every row and column of places is seen in training.
/// </summary>
internal static class SyntheticFaces
{
    public const int Side = 12;
    public const int Classes = 12;
    public const int PerClass = 10;

    public static ImageDataset Images(int seed = 0)
    {
        var random = new Random(seed);
        var pixels = new byte[Classes * PerClass * Side * Side];
        var labels = new int[Classes * PerClass];
        for (var c = 0; c < Classes; c++)
        {
            var (left, top) = (c % 4 * 3, c / 4 * 4);
            for (var k = 0; k < PerClass; k++)
            {
                var image = c * PerClass + k;
                labels[image] = c;
                for (var y = 0; y < Side; y++)
                {
                    for (var x = 0; x < Side; x++)
                    {
                        var inside = x >= left && x < left + 4 && y >= top && y < top + 4;
                        pixels[image * Side * Side + y * Side + x] = (byte)Math.Clamp((inside ? 200 : 30) + random.Next(-25, 26), 0, 255);
                    }
                }
            }
        }
        return new ImageDataset("synthetic", Side, Side, pixels, labels, Enumerable.Range(0, Classes).Select(c => $"c{c}").ToArray());
    }

    public static ClassSplit Split { get; } = new([0, 2, 4, 5, 7, 8, 10, 11], [1, 6], [3, 9]);
}
