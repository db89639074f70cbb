using Siamese.Display.Imaging;

namespace Siamese.Display.Tests.Imaging;

public class RasterImageTests
{
    [Fact]
    public void FromValuesMapsTheRangeToBytes()
    {
        var image = RasterImage.FromValues([-1f, 0f, 1f, float.NaN], 2, 2);
        Assert.Equal(new byte[] { 0, 128, 255, 0 }, image.Pixels.ToArray());
    }

    [Fact]
    public void FromValuesClampsToExplicitBounds()
    {
        var image = RasterImage.FromValues([-0.5f, 0.5f, 2f], 3, 1, min: 0, max: 1);
        Assert.Equal(new byte[] { 0, 128, 255 }, image.Pixels.ToArray());
    }

    [Fact]
    public void ShowsAsPng()
    {
        var image = new RasterImage(new byte[] { 1, 2, 3, 4, 5, 6 }, 2, 1, 3);
        var bundle = Formatter.Format(image);
        var png = Convert.FromBase64String(bundle.GetText(MimeTypes.Png)!);
        Assert.Equal(image.Pixels.ToArray(), PngReader.Pixels(png, 2, 1, 3));
        Assert.Equal("RasterImage 2x1x3", bundle.GetText(MimeTypes.PlainText));
    }
}
