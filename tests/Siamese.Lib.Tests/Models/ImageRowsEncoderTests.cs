using Siamese.Lib.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Models;

public class ImageRowsEncoderTests
{
    [Fact]
    public void RowsBecomeStepsWithAnAllTrueMask()
    {
        using var images = arange(2 * 3 * 4, ScalarType.Float32).view(2, 1, 3, 4);
        var sequence = ImageRowsEncoder.ToSequence(images);
        Assert.Equal([2L, 3, 4], sequence.Values.shape);
        Assert.Equal([2L, 3], sequence.Mask.shape);
        Assert.True(sequence.Mask.all().item<bool>());
        // Step 1 of image 1 is the second row of the second image: 12 + 4 .. 12 + 7.
        Assert.Equal(new[] { 16f, 17f, 18f, 19f }, sequence.Values.select(0, 1).select(0, 1).data<float>().ToArray());
    }

    [Fact]
    public void EncodesLikeTheInnerEncoderOnTheRows()
    {
        manual_seed(0);
        using var lstm = new LstmEncoder(5, 6);
        using var rows = new ImageRowsEncoder(lstm);
        using var images = rand(3, 1, 4, 5);
        using var direct = lstm.call(SequenceInput.Unpadded(images.squeeze(1)));
        using var wrapped = rows.call(images);
        Assert.Equal([3L, 6], wrapped.shape);
        Assert.True(direct.allclose(wrapped));
        Assert.Equal(lstm.parameters().Sum(p => p.numel()), rows.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void MultiChannelImagesAreAClearError()
    {
        using var images = zeros(2, 3, 4, 4);
        var e = Assert.Throws<ArgumentException>(() => ImageRowsEncoder.ToSequence(images));
        Assert.Contains("[2, 3, 4, 4]", e.Message);
    }
}
