using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests.Optim;

/// <summary>nn.utils.clip_grad_norm_ / clip_grad_value_ against PyTorch 1.13 (norm types 1, 2, 3 and inf).</summary>
public class ClipGradGoldenTests
{
    public static TheoryData<int> Cases()
    {
        var data = new TheoryData<int>();
        var count = OptimGolden.Root.GetProperty("clip").GetProperty("cases").GetArrayLength();
        for (var i = 0; i < count; i++)
        {
            data.Add(i);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ClippedGradientsAndNormMatchPyTorch(int index)
    {
        var clip = OptimGolden.Root.GetProperty("clip");
        var spec = clip.GetProperty("cases")[index];
        var grads = clip.GetProperty("grads").EnumerateArray().ToArray();
        using var scope = NewDisposeScope();
        var parameters = new List<nn.Parameter>();
        foreach (var g in grads)
        {
            var values = OptimGolden.Floats(g);
            var shape = g[0].ValueKind == System.Text.Json.JsonValueKind.Array ? new long[] { g.GetArrayLength(), g[0].GetArrayLength() } : [values.Length];
            var p = new nn.Parameter(zeros(shape));
            p.grad = tensor(values, shape);
            parameters.Add(p);
        }
        // A parameter without a gradient is skipped.
        var noGrad = new nn.Parameter(zeros(2));
        parameters.Add(noGrad);
        try
        {
            var limit = spec.GetProperty("limit").GetDouble();
            if (spec.GetProperty("kind").GetString() == "norm")
            {
                var nt = spec.GetProperty("norm_type");
                var normType = nt.ValueKind == System.Text.Json.JsonValueKind.String ? double.PositiveInfinity : nt.GetDouble();
                var total = nn.utils.clip_grad_norm_(parameters, limit, normType);
                OptimGolden.AssertClose([spec.GetProperty("total_norm").GetDouble()], [total], "total norm");
            }
            else
            {
                nn.utils.clip_grad_value_(parameters, limit);
            }
            var expected = spec.GetProperty("grads").EnumerateArray().ToArray();
            for (var i = 0; i < expected.Length; i++)
            {
                var actual = parameters[i].grad!.data<float>().Select(v => (double)v).ToArray();
                OptimGolden.AssertClose(OptimGolden.Doubles(expected[i]), actual, $"case {index} grad {i}");
            }
            Assert.Null(noGrad.grad);
        }
        finally
        {
            parameters.ForEach(p => p.Dispose());
        }
    }
}
