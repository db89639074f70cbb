using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests.Golden;

/// <summary>An op under golden test: named input tensors in, outputs (one, or a tuple's items) out.</summary>
public delegate Tensor[] GoldenOp(IReadOnlyDictionary<string, Tensor> inputs);

/// <summary>
/// Runs cases of Golden/tensor_ops.json (tests/reference/golden_tensor.py): rebuilds the inputs, runs the op,
/// compares the outputs and, for differentiable ops, the gradients of <c>(out * w).sum()</c> of the inputs
/// that have a <c>grad_&lt;name&gt;</c> array.
/// </summary>
public static class TensorGolden
{
    /// <summary>The golden file name.</summary>
    public const string FileName = "tensor_ops.json";

    /// <summary>The case names of the file that <paramref name="ops"/> implements, as theory data.</summary>
    public static TheoryData<string> CasesOf(IReadOnlyDictionary<string, GoldenOp> ops)
    {
        var data = new TheoryData<string>();
        foreach (var name in GoldenFile.Load(FileName).Cases.Keys.Where(ops.ContainsKey))
        {
            data.Add(name);
        }
        return data;
    }

    private static bool IsResult(string name) =>
        name == "w" || name.StartsWith("grad_", StringComparison.Ordinal) ||
        (name.StartsWith("out", StringComparison.Ordinal) && name[3..].All(char.IsDigit));

    /// <summary>Runs case <paramref name="name"/> with <paramref name="op"/> and asserts outputs and gradients.</summary>
    public static void Check(string name, GoldenOp op)
    {
        var c = GoldenFile.Load(FileName)[name];
        using var scope = NewDisposeScope();
        var inputs = c.Arrays.Where(a => !IsResult(a.Key))
            .ToDictionary(a => a.Key, a => a.Value.ToTensor(requires_grad: c.Has("grad_" + a.Key)));
        var outputs = op(inputs);
        if (c.Has("out"))
        {
            Assert.Single(outputs);
            GoldenAssert.Close(c["out"], outputs[0], $"{name}.out");
        }
        else
        {
            var expected = c.Arrays.Keys.Count(k => k.StartsWith("out", StringComparison.Ordinal));
            Assert.Equal(expected, outputs.Length);
            for (var i = 0; i < outputs.Length; ++i)
            {
                GoldenAssert.Close(c[$"out{i}"], outputs[i], $"{name}.out{i}");
            }
        }
        if (c.Has("w"))
        {
            (outputs[0] * c["w"].ToTensor()).sum().backward();
            foreach (var key in c.Arrays.Keys.Where(k => k.StartsWith("grad_", StringComparison.Ordinal)))
            {
                var input = inputs[key["grad_".Length..]];
                Assert.True(input.grad is not null, $"{name}: no gradient for {key}");
                GoldenAssert.Close(c[key], input.grad!, $"{name}.{key}");
            }
        }
    }
}
