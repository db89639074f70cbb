using Siamese.Torch.Tests.Golden;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests;

public class TensorCreationTests
{
    private static Tensor[] One(Tensor t) => [t];

    private static Tensor[] Seeded(Func<Tensor> create)
    {
        manual_seed(0);
        return [create()];
    }

    // Each entry mirrors the case of the same name in tests/reference/golden_tensor.py.
    internal static readonly Dictionary<string, GoldenOp> Ops = new()
    {
        ["arange_int"] = _ => One(arange(5)),
        ["arange_start_stop_step"] = _ => One(arange(1, 10, 3)),
        ["arange_float"] = _ => One(arange(0.0, 1.0, 0.25)),
        ["arange_dtype"] = _ => One(arange(0, 4, dtype: float64)),
        ["linspace"] = _ => One(linspace(-1.0, 1.0, 5)),
        ["logspace"] = _ => One(logspace(0.0, 2.0, 3)),
        ["eye"] = _ => One(eye(3)),
        ["eye_rect"] = _ => One(eye(2, 4)),
        ["full"] = _ => One(full([2, 3], 1.5f)),
        ["zeros_like"] = i => One(zeros_like(i["x"])),
        ["ones_like_dtype"] = i => One(ones_like(i["x"], dtype: int64)),
        ["full_like"] = i => One(full_like(i["x"], -2.0)),
        ["randn"] = _ => Seeded(() => randn(5)),
        ["randn_2d"] = _ => Seeded(() => randn(2, 3)),
        ["rand"] = _ => Seeded(() => rand(4)),
        ["randint"] = _ => Seeded(() => randint(10, [6])),
        ["randint_low_high"] = _ => Seeded(() => randint(-5, 5, [2, 3])),
        ["randperm"] = _ => Seeded(() => randperm(8)),
        ["rand_like"] = i => Seeded(() => rand_like(i["x"])),
        ["randn_like"] = i => Seeded(() => randn_like(i["x"])),
        ["normal_"] = _ => Seeded(() => empty(6).normal_(1.0, 0.5)),
        ["uniform_"] = _ => Seeded(() => empty(6).uniform_(-2.0, 3.0)),
        ["bernoulli_"] = _ => Seeded(() => empty(8).bernoulli_(0.3)),
        ["bernoulli"] = i => Seeded(() => bernoulli(i["p"] / 4.0)),
    };

    public static TheoryData<string> Cases => TensorGolden.CasesOf(Ops);

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesPyTorch(string name) => TensorGolden.Check(name, Ops[name]);

    [Fact]
    public void ManualSeedZeroRandnMatchesPyTorchPrintout()
    {
        // PyTorch 1.13: torch.manual_seed(0); torch.randn(5) -> [1.5410, -0.2934, -2.1788, 0.5684, -1.0845]
        using var scope = NewDisposeScope();
        manual_seed(0);
        var values = randn(5).data<float>();
        Assert.Equal(new[] { 1.5410, -0.2934, -2.1788, 0.5684, -1.0845 }, values.Select(v => Math.Round(v, 4)).ToArray());
    }

    [Fact]
    public void FactoriesHonourDtypeDeviceAndRequiresGrad()
    {
        using var scope = NewDisposeScope();
        Assert.Equal(ScalarType.Int64, arange(3).dtype);
        Assert.Equal(ScalarType.Float32, arange(3.0).dtype);
        Assert.Equal(ScalarType.Int64, randint(5, [2]).dtype);
        Assert.Equal(ScalarType.Int32, randperm(4, dtype: int32).dtype);
        Assert.Equal(ScalarType.Float64, eye(2, dtype: float64).dtype);
        Assert.True(zeros_like(ones(2), requires_grad: true).requires_grad);
        Assert.True(linspace(0, 1, 3, requires_grad: true).requires_grad);
        Assert.Equal(DeviceType.CPU, rand_like(ones(2), device: CPU).device_type);
        Assert.Equal(new long[] { 2, 3, 4 }, empty_like(ones(2, 3, 4)).shape);
        var perm = randperm(10).data<long>();
        Assert.Equal(Enumerable.Range(0, 10).Select(v => (long)v), perm.Order());
    }

    [Fact]
    public void TwoDimensionalArraysKeepRowMajorLayout()
    {
        using var scope = NewDisposeScope();
        var t = tensor(new float[,] { { 1, 2, 3 }, { 4, 5, 6 } });
        Assert.Equal(new long[] { 2, 3 }, t.shape);
        Assert.Equal(6f, t[1, 2].item<float>());
        Assert.Equal(ScalarType.Int64, tensor(new long[,] { { 1 }, { 2 } }).dtype);
        Assert.Equal(new double[] { 1, 2, 3, 4 }, tensor(new double[,] { { 1, 2 }, { 3, 4 } }).data<double>());
        Assert.Equal(new int[] { 7, 8 }, tensor(new int[,] { { 7, 8 } }).data<int>());
    }

    [Theory]
    [InlineData(ScalarType.Float32)]
    [InlineData(ScalarType.Float64)]
    [InlineData(ScalarType.Int64)]
    [InlineData(ScalarType.Int32)]
    [InlineData(ScalarType.Byte)]
    [InlineData(ScalarType.Float16)]
    [InlineData(ScalarType.BFloat16)]
    public void DtypesRoundTripExactlyRepresentableValues(ScalarType type)
    {
        using var scope = NewDisposeScope();
        var source = tensor(new float[] { 0, 1, 2, 3, 100, 255 });
        var converted = source.to(type);
        Assert.Equal(type, converted.dtype);
        Assert.Equal(source.data<float>(), converted.to(float32).data<float>());
        Assert.Equal(255.0, converted[5].item<double>());
        Assert.Equal(100L, converted[4].item<long>());
    }

    [Fact]
    public void NarrowDtypesReadBackAsTheirOwnElementTypes()
    {
        using var scope = NewDisposeScope();
        var x = tensor(new float[] { 1.5f, -2f });
        Assert.Equal(new[] { (Half)1.5f, (Half)(-2f) }, x.half().data<Half>());
        // bfloat16 is the upper half of a float32: 1.5f = 0x3FC00000, -2f = 0xC0000000.
        Assert.Equal(new ushort[] { 0x3FC0, 0xC000 }, x.bfloat16().data<ushort>());
        Assert.Equal(new[] { true, true }, x.@bool().data<bool>());
        Assert.Equal(new byte[] { 1, 0 }, tensor(new[] { true, false }).@byte().data<byte>());
        Assert.Equal(new long[] { 1, -2 }, x.@long().data<long>());
        Assert.Throws<TorchException>(() => x.data<double>());
        Assert.Contains("cannot be converted to Scalar", Assert.Throws<TorchException>(() => x.item<float>()).Message);
    }
}
