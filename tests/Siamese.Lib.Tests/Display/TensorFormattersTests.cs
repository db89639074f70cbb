using Microsoft.DotNet.Interactive.Formatting;
using Siamese.Lib.Display;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Display;

public class TensorFormattersTests
{
    [Fact]
    public void RegisteredWithTheInteractiveFormatter()
    {
        DisplayFormatters.Register();
        using var t = tensor(new float[] { 1, -2.5f, 3, 4 }, [2, 2]);
        Assert.Equal("Tensor [2, 2] float32 cpu\n[[ 1.0000, -2.5000],\n [ 3.0000,  4.0000]]", t.ToDisplayString(DisplayFormatters.PlainText));
        var html = t.ToDisplayString(DisplayFormatters.Html);
        Assert.Contains("[2, 2]", html);
        Assert.Contains("<code>float32</code>", html);
        Assert.Contains("<code>cpu</code>", html);
    }

    [Theory]
    [InlineData(ScalarType.Int64, "int64", "[1, 2, 3]")]
    [InlineData(ScalarType.Bool, "bool", "[True, True, True]")]
    [InlineData(ScalarType.Byte, "uint8", "[1, 2, 3]")]
    [InlineData(ScalarType.Float64, "float64", "[1.0000, 2.0000, 3.0000]")]
    public void NamesTheDtypeAndPrintsItsKind(ScalarType type, string name, string values)
    {
        using var t = tensor(new float[] { 1, 2, 3 }).to(type);
        Assert.Equal($"Tensor [3] {name} cpu\n{values}", TensorFormatters.PlainText(t));
    }

    [Fact]
    public void SummarisesLargeTensorsExactlyLikeTensorTextOnAllValues()
    {
        using var t = arange(3 * 40 * 50, dtype: ScalarType.Float32).reshape(3, 40, 50) / 7;
        var all = t.to(ScalarType.Float64).data<double>().ToArray();
        var expected = TensorText.Format([3, 40, 50], "float32", "cpu", all, ElementKind.Float);
        Assert.Equal(expected, TensorFormatters.PlainText(t));
        Assert.Contains("...", expected);
    }

    [Fact]
    public void ShowsRequiresGradAndDisposedTensors()
    {
        using var p = ones(2).requires_grad_(true);
        Assert.EndsWith("requires_grad=True", TensorFormatters.PlainText(p));
        var gone = ones(2);
        gone.Dispose();
        Assert.Equal("Tensor (disposed)", TensorFormatters.PlainText(gone));
        Assert.Contains("disposed", TensorFormatters.Html(gone));
    }

    [Fact]
    public void ScalarsAndEmptyTensors()
    {
        using var scalar = tensor(new float[] { 2.5f }).reshape();
        Assert.Equal("Tensor [] float32 cpu\n2.5000", TensorFormatters.PlainText(scalar));
        using var empty = zeros(0, 4);
        Assert.StartsWith("Tensor [0, 4] float32 cpu", TensorFormatters.PlainText(empty));
    }
}
