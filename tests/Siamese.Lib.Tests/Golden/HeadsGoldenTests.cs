using Siamese.Lib.Models;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Golden;

/// <summary>
/// Every pair head of Siamese.Lib.Models against its formula in PyTorch (heads.json): the scores of five pairs (one
/// of them parallel, so cosine 1) and the gradients of their sum with respect to both embeddings. The Euclidean
/// reference is torch.nn.functional.pairwise_distance's definition ‖l − r + ε‖ with ε = 1e-6, the cosine reference
/// l·r / (‖l‖‖r‖). Tolerances: <see cref="GoldenAssert"/> (terms = the feature count summed per score).
/// </summary>
public class HeadsGoldenTests
{
    private const string File = "heads.json";

    public static TheoryData<string> Heads => GoldenData.Names(File, "heads");

    [Theory]
    [MemberData(nameof(Heads))]
    public void HeadMatchesItsFormula(string name)
    {
        var c = GoldenData.Case(File, "heads", name);
        using var scope = NewDisposeScope();
        var left = GoldenData.ToTensor(c.GetProperty("left"), requiresGrad: true);
        var right = GoldenData.ToTensor(c.GetProperty("right"), requiresGrad: true);
        PairHead head = name switch
        {
            "L1Distance" => new L1DistanceHead(),
            "EuclideanDistance" => new EuclideanDistanceHead(),
            "CosineSimilarity" => new CosineSimilarityHead(),
            "ExpNegativeL1" => new ExpNegativeL1Head(),
            "WeightedL1Logit" => new WeightedL1LogitHead(left.shape[1]),
            _ => throw new ArgumentException($"No head called {name}."),
        };
        if (c.TryGetProperty("parameters", out var parameters))
        {
            GoldenData.Load(head, parameters);
        }
        var output = head.call(left, right);
        output.sum().backward();
        var terms = c.GetProperty("terms").GetDouble();
        GoldenAssert.Close(GoldenData.Values(c.GetProperty("output")), output, terms, c.GetProperty("scale").GetDouble(), $"{name} output");
        foreach (var (key, input) in new[] { ("grad_left", left), ("grad_right", right) })
        {
            var expected = GoldenData.Values(c.GetProperty(key));
            Assert.NotNull(input.grad);
            GoldenAssert.Close(expected, input.grad, terms, expected.Max(Math.Abs), $"{name} {key}");
        }
    }
}
