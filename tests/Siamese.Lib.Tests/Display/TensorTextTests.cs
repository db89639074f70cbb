using Siamese.Lib.Display;

namespace Siamese.Lib.Tests.Display;

public class TensorTextTests
{
    [Fact]
    public void MatrixLooksLikePyTorch()
    {
        var text = TensorText.Format([2, 3], "float32", "cpu", [1, -2.5, 3, 4, 5, 6.125], ElementKind.Float);
        Assert.Equal("Tensor [2, 3] float32 cpu\n[[ 1.0000, -2.5000,  3.0000],\n [ 4.0000,  5.0000,  6.1250]]", text);
    }

    [Fact]
    public void ScalarsVectorsAndThreeDimensions()
    {
        Assert.Equal("7", TensorText.Values([], [7], ElementKind.Integer));
        Assert.Equal("[ True, False]", TensorText.Values([2], [1, 0], ElementKind.Bool));
        Assert.Equal("[[[0, 1],\n  [2, 3]],\n\n [[4, 5],\n  [6, 7]]]",
                     TensorText.Values([2, 2, 2], [0, 1, 2, 3, 4, 5, 6, 7], ElementKind.Integer));
    }

    [Fact]
    public void LargeArraysAreSummarisedAtTheEdges()
    {
        var values = Enumerable.Range(0, 2000).Select(i => (double)i).ToArray();
        Assert.Equal("[   0,    1,    2, ..., 1997, 1998, 1999]", TensorText.Values([2000], values, ElementKind.Integer));
        var matrix = TensorText.Values([100, 20], values, ElementKind.Integer);
        Assert.StartsWith("[[   0,    1,    2, ...,   17,   18,   19],\n [  20,", matrix);
        Assert.Contains(" ...,\n", matrix);
        Assert.EndsWith("1997, 1998, 1999]]", matrix);
    }

    [Fact]
    public void ExtremeMagnitudesSwitchToScientificAndSpecialValuesShow()
    {
        Assert.Equal("[1.0000e-05, 2.0000e+00]", TensorText.Values([2], [1e-5, 2], ElementKind.Float));
        Assert.Equal("[   nan,    inf, 1.0000]", TensorText.Values([3], [double.NaN, double.PositiveInfinity, 1], ElementKind.Float));
    }

    [Fact]
    public void HtmlEscapesAndRejectsWrongCounts()
    {
        Assert.Contains("<pre>[1, 2]</pre>", TensorText.FormatHtml([2], "int64", "cuda:0", [1, 2], ElementKind.Integer));
        Assert.Throws<ArgumentException>(() => TensorText.Values([2, 2], [1, 2, 3], ElementKind.Float));
    }
}
