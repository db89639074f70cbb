using Siamese.Lib.Data;
using Siamese.Lib.Display;

namespace Siamese.Lib.Tests.Display;

public class PngEncodingTests
{
    [Fact]
    public void RoundTripsThroughTheDecoderToTheSamePixels()
    {
        // An odd width catches row padding; every gray level appears.
        var image = new GrayImage(7, 5, Enumerable.Range(0, 35).Select(i => (byte)(i * 7 + 3)).ToArray());
        var decoded = PngReader.ReadGray(PngEncoding.Encode(image));
        Assert.Equal((7, 5), (decoded.Width, decoded.Height));
        Assert.Equal(image.Pixels, decoded.Pixels);
        Assert.StartsWith("data:image/png;base64,", PngEncoding.ToDataUri(image));
        Assert.Throws<ArgumentException>(() => PngEncoding.Encode(new GrayImage(2, 2, new byte[3])));
    }
}
