using Siamese.Torch.Tests.Golden;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests;

public class TensorMathTests
{
    private static Tensor[] One(Tensor t) => [t];

    // Each entry mirrors the case of the same name in tests/reference/golden_tensor.py.
    internal static readonly Dictionary<string, GoldenOp> Ops = new()
    {
        ["abs"] = i => One(i["x"].abs()),
        ["neg"] = i => One(neg(i["x"])),
        ["exp"] = i => One(i["x"].exp()),
        ["sin"] = i => One(i["x"].sin()),
        ["cos"] = i => One(cos(i["x"])),
        ["sigmoid"] = i => One(i["x"].sigmoid()),
        ["tanh"] = i => One(tanh(i["x"])),
        ["relu"] = i => One(i["x"].relu()),
        ["square"] = i => One(i["x"].square()),
        ["expm1"] = i => One(i["x"].expm1()),
        ["erf"] = i => One(i["x"].erf()),
        ["atan"] = i => One(i["x"].atan()),
        ["sqrt"] = i => One(sqrt(i["x"])),
        ["rsqrt"] = i => One(i["x"].rsqrt()),
        ["log"] = i => One(log(i["x"])),
        ["log1p"] = i => One(i["x"].log1p()),
        ["log2"] = i => One(i["x"].log2()),
        ["log10"] = i => One(i["x"].log10()),
        ["reciprocal"] = i => One(i["x"].reciprocal()),
        ["sign"] = i => One(i["x"].sign()),
        ["floor"] = i => One(i["x"].floor()),
        ["ceil"] = i => One(i["x"].ceil()),
        ["round"] = i => One(round(i["x"])),
        ["trunc"] = i => One(i["x"].trunc()),
        ["frac"] = i => One(i["x"].frac()),
        ["pow_scalar"] = i => One(i["x"].pow(2.5)),
        ["pow_tensor"] = i => One(pow(i["x"], i["y"])),
        ["rpow_scalar"] = i => One(pow(2.0, i["x"])),
        ["clamp"] = i => One(i["x"].clamp(-1.0, 1.0)),
        ["clamp_min"] = i => One(i["x"].clamp_min(0.3)),
        ["clamp_max"] = i => One(clamp_max(i["x"], 0.5)),
        ["clamp_tensor"] = i => One(i["x"].clamp(min: i["y"])),
        ["maximum"] = i => One(maximum(i["x"], i["y"])),
        ["minimum"] = i => One(minimum(i["x"], i["y"])),
        ["lerp_scalar"] = i => One(lerp(i["x"], i["y"], 0.3)),
        ["lerp_tensor"] = i => One(lerp(i["x"], i["y"], i["p"])),
        ["remainder_scalar"] = i => One(i["x"] % 0.7),
        ["remainder_tensor"] = i => One(remainder(i["x"], i["y"])),
        ["fmod_scalar"] = i => One(fmod(i["x"], 0.7)),
        ["add_alpha"] = i => One(add(i["x"], i["y"], alpha: 2.5)),
        ["sub_alpha"] = i => One(sub(i["x"], i["y"], alpha: 0.5)),
        ["mul"] = i => One(i["x"] * i["y"]),
        ["div"] = i => One(i["x"] / i["y"]),
        ["rdiv_scalar"] = i => One(3.0 / i["x"]),
        ["rsub_scalar"] = i => One(3.0 - i["x"]),
        ["addcmul"] = i => One(addcmul(i["x"], i["y"], i["p"], value: 0.5)),
        ["addcdiv"] = i => One(addcdiv(i["x"], i["y"], i["p"], value: -2.0)),
        ["atan2"] = i => One(atan2(i["x"], i["y"])),
        ["nan_to_num"] = i => One(i["x"].nan_to_num()),
        ["nan_to_num_values"] = i => One(nan_to_num(i["x"], nan: 7.0, posinf: 100.0, neginf: -50.0)),
        ["isnan"] = i => One(i["x"].isnan()),
        ["isinf"] = i => One(isinf(i["x"])),
        ["isfinite"] = i => One(i["x"].isfinite()),
        ["eq"] = i => One(i["x"].eq(i["y"])),
        ["ne"] = i => One(i["x"].ne(i["y"])),
        ["lt"] = i => One(i["x"] < i["y"]),
        ["le"] = i => One(i["x"] <= i["y"]),
        ["gt"] = i => One(i["x"] > i["y"]),
        ["ge"] = i => One(i["x"] >= i["y"]),
        ["eq_scalar"] = i => One(i["x"].eq(0.75)),
        ["ne_scalar"] = i => One(ne(i["x"], 0.75)),
        ["lt_scalar"] = i => One(i["x"] < 0.75),
        ["le_scalar"] = i => One(i["x"].le(0.75)),
        ["gt_scalar"] = i => One(i["x"].gt(0.75)),
        ["ge_scalar"] = i => One(i["x"] >= 0.75),
        ["logical_and"] = i => One(i["m"] & i["n"]),
        ["logical_or"] = i => One(i["m"] | i["n"]),
        ["logical_xor"] = i => One(i["m"] ^ i["n"]),
        ["logical_not"] = i => One(~i["m"]),
        ["where"] = i => One(where(i["m"], i["x"], i["y"])),
        ["where_scalar"] = i => One(where(i["m"], i["x"], -1.0)),
        ["masked_fill"] = i => One(i["x"].masked_fill(i["m"], 9.0)),
        ["masked_fill_tensor"] = i => One(i["x"].masked_fill(i["m"], tensor(-3.0f))),
        ["matmul"] = i => One(i["x"].matmul(i["y"].t())),
        ["mm"] = i => One(mm(i["x"], i["y"].t())),
        ["bmm"] = i => One(bmm(i["x"], i["y"])),
        ["matmul_batched"] = i => One(matmul(i["x"], i["y"])),
        ["outer"] = i => One(outer(i["x"], i["y"])),
        ["dot"] = i => One(i["x"].dot(i["y"])),
        // In place, on a detached copy (as optimizers update parameters).
        ["sub_"] = i => One(Copy(i).sub_(i["g"], alpha: 0.1)),
        ["sub_scalar_"] = i => One(Copy(i).sub_(0.25)),
        ["mul_scalar_"] = i => One(Copy(i).mul_(-3.0)),
        ["div_scalar_"] = i => One(Copy(i).div_(4.0)),
        ["div_"] = i => One(Copy(i).div_(i["p"])),
        ["add_alpha_"] = i => One(Copy(i).add_(i["g"], alpha: -2.0)),
        ["addcmul_"] = i => One(Copy(i).addcmul_(i["g"], i["p"], value: 0.1)),
        ["addcdiv_"] = i => One(Copy(i).addcdiv_(i["g"], i["p"], value: -0.01)),
        ["lerp_"] = i => One(Copy(i).lerp_(i["g"], 0.1)),
        ["copy_"] = i => One(Copy(i).copy_(i["g"])),
        ["zero_"] = i => One(Copy(i).zero_()),
        ["fill_"] = i => One(Copy(i).fill_(2.5)),
        ["clamp_"] = i => One(Copy(i).clamp_(-0.5, 0.5)),
        ["sqrt_"] = i => One(Copy(i).sqrt_()),
        ["pow_"] = i => One(Copy(i).pow_(3)),
        ["exp_"] = i => One(Copy(i).exp_()),
        ["neg_"] = i => One(Copy(i).neg_()),
        ["abs_"] = i => One(Copy(i).abs_()),
        ["masked_fill_"] = i => One(Copy(i).masked_fill_(i["m"], 0.0)),
    };

    private static Tensor Copy(IReadOnlyDictionary<string, Tensor> inputs) => inputs["x"].detach().clone();

    public static TheoryData<string> Cases => TensorGolden.CasesOf(Ops);

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesPyTorch(string name) => TensorGolden.Check(name, Ops[name]);

    [Fact]
    public void ComparisonsGiveBoolTensorsAndKeepReferenceEquality()
    {
        using var scope = NewDisposeScope();
        var a = tensor(new float[] { 1, 2, 3 });
        var b = tensor(new float[] { 3, 2, 1 });
        Assert.Equal(ScalarType.Bool, (a < b).dtype);
        Assert.Equal(new[] { true, false, false }, (a < b).data<bool>());
        Assert.Equal(new[] { false, true, true }, (2 <= a).data<bool>());
        Assert.Equal(new[] { false, true, false }, a.eq(b).data<bool>());
        // == stays reference equality, as in TorchSharp.
        Assert.False(a == b);
        Assert.True(a.equal(a.clone()));
        Assert.True(a.allclose(a + 1e-9f));
    }

    [Theory]
    [InlineData(7L, 3L, 1L)]
    [InlineData(-7L, 3L, 2L)]
    [InlineData(7L, -3L, -2L)]
    public void IntegerRemainderFollowsPython(long a, long b, long expected)
    {
        using var scope = NewDisposeScope();
        var t = tensor(new[] { a }) % b;
        Assert.Equal(ScalarType.Int64, t.dtype);
        Assert.Equal(expected, t.item<long>());
    }

    [Fact]
    public void RandomFillsReproduceWithTheSameSeed()
    {
        using var scope = NewDisposeScope();
        manual_seed(42);
        var a = empty(100).normal_(0, 1);
        var b = rand(3, 4);
        var c = empty(50).bernoulli_(0.5);
        manual_seed(42);
        Assert.Equal(a.data<float>(), empty(100).normal_(0, 1).data<float>());
        Assert.Equal(b.data<float>(), rand(3, 4).data<float>());
        Assert.Equal(c.data<float>(), empty(50).bernoulli_(0.5).data<float>());
        var u = empty(1000).uniform_(-2, 3).data<float>();
        Assert.All(u, v => Assert.InRange(v, -2f, 3f));
    }

    [Fact]
    public void MatmulOfFloatWithLongThrowsLibtorchMessageAndEngineKeepsWorking()
    {
        using var scope = NewDisposeScope();
        var f = ones(2, 2);
        var l = ones([2, 2], ScalarType.Int64);
        var e = Assert.Throws<TorchException>(() => f.matmul(l));
        Assert.Contains("expected", e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception raised from", e.Message);
        Assert.Equal(new float[] { 2, 2, 2, 2 }, f.matmul(f).data<float>());
    }

    [Fact]
    public void BroadcastMismatchAndBadInPlaceThrow()
    {
        using var scope = NewDisposeScope();
        var a = ones(2, 3);
        Assert.Throws<TorchException>(() => a + ones(4));
        Assert.Throws<TorchException>(() => a.add_(ones(2, 3, 2)));
        // In-place on a leaf that requires grad is an autograd error in PyTorch too.
        var w = ones([2], requires_grad: true);
        var e = Assert.Throws<TorchException>(() => w.sub_(1));
        Assert.Contains("leaf Variable that requires grad", e.Message);
        Assert.Throws<TorchException>(() => ones(2).masked_fill(ones(3).@bool(), 0));
    }

    [Fact]
    public void ClampWithoutBoundsIsALibtorchError()
    {
        using var scope = NewDisposeScope();
        var e = Assert.Throws<TorchException>(() => ones(2).clamp((Scalar?)null, null));
        Assert.Contains("At least one of 'min' or 'max' must not be None", e.Message);
    }

    [Fact]
    public void InPlaceUpdatesBroadcastCheckDtypesAndBumpTheVersionCounter()
    {
        using var scope = NewDisposeScope();
        var p = zeros(2, 3);
        p.add_(tensor(new float[] { 1, 2, 3 }), alpha: 2);
        p.sub_(ones(1));
        p.mul_(tensor(new float[] { 1, -1, 0.5f }));
        Assert.Equal(new float[] { 1, -3, 2.5f, 1, -3, 2.5f }, p.data<float>());
        var e = Assert.Throws<TorchException>(() => zeros([2], ScalarType.Int64).add_(ones(2)));
        Assert.Contains("can't be cast to the desired output type Long", e.Message);
        Assert.Throws<TorchException>(() => zeros(2).mul_(ones(3)));

        // sigmoid saves its output for backward; modifying it in place (even under no_grad) must be detected.
        var w = ones([2], requires_grad: true);
        var y = w.sigmoid();
        using (no_grad())
        {
            y.add_(ones(2));
        }
        var error = Assert.Throws<TorchException>(() => y.sum().backward());
        Assert.Contains("modified by an inplace operation", error.Message);
    }
}
