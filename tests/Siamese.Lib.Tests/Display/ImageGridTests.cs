using System.Text.RegularExpressions;
using Siamese.Lib.Data;
using Siamese.Lib.Display;

namespace Siamese.Lib.Tests.Display;

public class ImageGridTests
{
    internal static GrayImage[] Decoded(ImageGrid grid) =>
        Regex.Matches(grid.ToHtml(), "src=\"data:image/png;base64,([^\"]+)\"")
            .Select(m => PngReader.ReadGray(Convert.FromBase64String(m.Groups[1].Value))).ToArray();

    [Fact]
    public void HtmlCarriesEachImageAsAPngOfTheSamePixelsWithItsCaption()
    {
        var a = new GrayImage(3, 2, [0, 50, 100, 150, 200, 250]);
        var b = new GrayImage(3, 2, [9, 8, 7, 6, 5, 4]);
        var grid = new ImageGrid([new ImageGridCell([a, b], "a & b"), new ImageGridCell([b])], columns: 2, title: "Pairs");
        var decoded = Decoded(grid);
        Assert.Equal(3, decoded.Length);
        Assert.Equal(a.Pixels, decoded[0].Pixels);
        Assert.Equal(b.Pixels, decoded[1].Pixels);
        var html = grid.ToHtml();
        Assert.Contains("a &amp; b", html);
        Assert.Contains(">Pairs<", html);
        Assert.Contains("repeat(2, max-content)", html);
    }

    [Fact]
    public void SmallImagesAreEnlargedWithSharpPixels()
    {
        var small = new GrayImage(35, 35, new byte[35 * 35]);
        var grid = new ImageGrid([new ImageGridCell([small])], 1);
        Assert.Equal(3, grid.Scale);
        Assert.Contains("width=\"105\" height=\"105\"", grid.ToHtml());
        Assert.Contains("image-rendering:pixelated", grid.ToHtml());
        Assert.Equal(1, new ImageGrid([new ImageGridCell([new GrayImage(105, 105, new byte[105 * 105])])], 1).Scale);
        Assert.Contains("width=\"70\"", new ImageGrid([new ImageGridCell([small])], 1, scale: 2).ToHtml());
        Assert.Throws<ArgumentOutOfRangeException>(() => new ImageGrid([], 1, scale: 0));
    }
}
