using System.Text.Json;
using Siamese.Lib.Data;
using Siamese.Lib.Losses;
using Siamese.Lib.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Golden;

/// <summary>
/// Every loss of Siamese.Lib.Losses against PyTorch (tests/reference/golden_library.py, losses.json): the value and
/// the gradient with respect to each input. The references are the papers' formulas written as explicit loops
/// (every triplet, query and pair enumerated), not a transcription of the library's vectorised code.
/// Tolerances: <see cref="GoldenAssert"/>; gradients use the same number of accumulated terms as the loss and, as
/// their scale, the largest gradient entry or, where the script stores it, the larger "gradient_scale": the size of
/// the per-pair contributions a gradient sums (the logit head's bias gradient of the one-shot loss is exactly 0, the
/// softmax cancelling it, yet float32 leaves ~1e-8 of its O(1) contributions behind).
/// </summary>
public class LossesGoldenTests
{
    private const string File = "losses.json";

    public static TheoryData<string> Contrastive => GoldenData.Names(File, "contrastive");

    public static TheoryData<string> Triplet => GoldenData.Names(File, "triplet");

    public static TheoryData<string> BatchTriplet => GoldenData.Names(File, "batch_triplet");

    public static TheoryData<string> LogitBce => GoldenData.Names(File, "logit_bce");

    public static TheoryData<string> MaLstmMse => GoldenData.Names(File, "malstm_mse");

    public static TheoryData<string> InBatchPairBce => GoldenData.Names(File, "in_batch_pair_bce");

    public static TheoryData<string> InBatchOneShot => GoldenData.Names(File, "in_batch_one_shot");

    [Theory]
    [MemberData(nameof(Contrastive))]
    public void ContrastiveLossMatchesHadsell(string name)
    {
        var c = GoldenData.Case(File, "contrastive", name);
        using var scope = NewDisposeScope();
        var distance = GoldenData.ToTensor(c.GetProperty("distance"), requiresGrad: true);
        var label = GoldenData.ToTensor(c.GetProperty("label"));
        var loss = new ContrastiveLoss(c.GetProperty("margin").GetDouble(), Convention(c)).call(distance, label);
        loss.backward();
        CheckValueAndGradients(c, loss, ("grad_distance", distance));
    }

    [Theory]
    [MemberData(nameof(Triplet))]
    public void TripletLossMatchesFaceNet(string name)
    {
        var c = GoldenData.Case(File, "triplet", name);
        using var scope = NewDisposeScope();
        var anchor = GoldenData.ToTensor(c.GetProperty("anchor"), requiresGrad: true);
        var positive = GoldenData.ToTensor(c.GetProperty("positive"), requiresGrad: true);
        var negative = GoldenData.ToTensor(c.GetProperty("negative"), requiresGrad: true);
        var loss = new TripletLoss(c.GetProperty("margin").GetDouble(), c.GetProperty("squared").GetBoolean(), c.GetProperty("normalize").GetBoolean())
            .call(anchor, positive, negative);
        loss.backward();
        CheckValueAndGradients(c, loss, ("grad_anchor", anchor), ("grad_positive", positive), ("grad_negative", negative));
    }

    [Theory]
    [MemberData(nameof(BatchTriplet))]
    public void BatchTripletLossMatchesExplicitMining(string name)
    {
        var c = GoldenData.Case(File, "batch_triplet", name);
        using var scope = NewDisposeScope();
        var embeddings = GoldenData.ToTensor(c.GetProperty("embeddings"), requiresGrad: true);
        var labels = GoldenData.ToTensor(c.GetProperty("labels"));
        var mining = Enum.Parse<TripletMining>(c.GetProperty("mining").GetString()!);
        var loss = new BatchTripletLoss(mining, c.GetProperty("margin").GetDouble(), c.GetProperty("squared").GetBoolean(), c.GetProperty("normalize").GetBoolean())
            .call(embeddings, labels);
        loss.backward();
        // A batch without a valid triplet leaves the embeddings out of the graph's non-zero part: the gradient is 0 or absent.
        if (c.GetProperty("averaged_over").GetInt32() == 0)
        {
            Assert.Equal(0.0, loss.item<float>());
            Assert.True(embeddings.grad is null || embeddings.grad.abs().max().item<float>() == 0);
            return;
        }
        CheckValueAndGradients(c, loss, ("grad_embeddings", embeddings));
    }

    [Theory]
    [MemberData(nameof(LogitBce))]
    public void LogitBceLossMatchesBinaryCrossEntropy(string name)
    {
        var c = GoldenData.Case(File, "logit_bce", name);
        using var scope = NewDisposeScope();
        var logit = GoldenData.ToTensor(c.GetProperty("logit"), requiresGrad: true);
        var label = GoldenData.ToTensor(c.GetProperty("label"));
        var loss = new LogitBceLoss(Convention(c)).call(logit, label);
        loss.backward();
        CheckValueAndGradients(c, loss, ("grad_logit", logit));
    }

    [Theory]
    [MemberData(nameof(MaLstmMse))]
    public void MaLstmMseLossMatchesScaledMse(string name)
    {
        var c = GoldenData.Case(File, "malstm_mse", name);
        using var scope = NewDisposeScope();
        var similarity = GoldenData.ToTensor(c.GetProperty("similarity"), requiresGrad: true);
        var score = GoldenData.ToTensor(c.GetProperty("score"));
        var loss = new MaLstmMseLoss(c.GetProperty("min_score").GetDouble(), c.GetProperty("max_score").GetDouble()).call(similarity, score);
        loss.backward();
        CheckValueAndGradients(c, loss, ("grad_similarity", similarity));
    }

    [Theory]
    [MemberData(nameof(InBatchPairBce))]
    public void InBatchPairBceLossMatchesBalancedPairLoop(string name)
    {
        var c = GoldenData.Case(File, "in_batch_pair_bce", name);
        using var scope = NewDisposeScope();
        var embeddings = GoldenData.ToTensor(c.GetProperty("embeddings"), requiresGrad: true);
        var classes = GoldenData.ToTensor(c.GetProperty("classes"));
        var head = Head(c, embeddings.shape[1]);
        var loss = InBatchPairBceLoss.Compute(head, embeddings, classes);
        loss.backward();
        CheckValueAndGradients(c, loss, ("grad_embeddings", embeddings));
        CheckHeadGradients(c, head);
    }

    [Theory]
    [MemberData(nameof(InBatchOneShot))]
    public void InBatchOneShotLossMatchesPerQuerySoftmax(string name)
    {
        var c = GoldenData.Case(File, "in_batch_one_shot", name);
        using var scope = NewDisposeScope();
        var embeddings = GoldenData.ToTensor(c.GetProperty("embeddings"), requiresGrad: true);
        var classes = GoldenData.ToTensor(c.GetProperty("classes"));
        var head = Head(c, embeddings.shape[1]);
        var loss = InBatchOneShotLoss.Compute(head, embeddings, classes);
        loss.backward();
        CheckValueAndGradients(c, loss, ("grad_embeddings", embeddings));
        CheckHeadGradients(c, head);
    }

    private static PairLabelConvention Convention(JsonElement c) => Enum.Parse<PairLabelConvention>(c.GetProperty("convention").GetString()!);

    private static PairHead Head(JsonElement c, long features)
    {
        PairHead head = c.GetProperty("head").GetString() switch
        {
            "WeightedL1Logit" => new WeightedL1LogitHead(features),
            "ExpNegativeL1" => new ExpNegativeL1Head(),
            "CosineSimilarity" => new CosineSimilarityHead(),
            var other => throw new ArgumentException($"No head called {other}."),
        };
        GoldenData.Load(head, c.TryGetProperty("head_parameters", out var p) ? p : JsonDocument.Parse("{}").RootElement);
        return head;
    }

    private static void CheckValueAndGradients(JsonElement c, Tensor loss, params (string Key, Tensor Input)[] inputs)
    {
        var terms = c.GetProperty("terms").GetDouble();
        var name = c.GetProperty("name").GetString();
        GoldenAssert.Close(c.GetProperty("loss").GetDouble(), loss.item<float>(), terms, c.GetProperty("scale").GetDouble(), $"{name} loss");
        foreach (var (key, input) in inputs)
        {
            var expected = GoldenData.Values(c.GetProperty(key));
            Assert.NotNull(input.grad);
            GoldenAssert.Close(expected, input.grad, terms, GradientScale(c, expected), $"{name} {key}");
        }
    }

    private static double GradientScale(JsonElement c, double[] expected) =>
        Math.Max(expected.Max(Math.Abs), c.TryGetProperty("gradient_scale", out var s) ? s.GetDouble() : 0);

    private static void CheckHeadGradients(JsonElement c, PairHead head)
    {
        if (!c.TryGetProperty("grad_head", out var grads))
        {
            return;
        }
        var parameters = head.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        foreach (var g in grads.EnumerateObject())
        {
            var expected = GoldenData.Values(g.Value);
            var grad = parameters[g.Name].grad;
            Assert.NotNull(grad);
            GoldenAssert.Close(expected, grad, c.GetProperty("terms").GetDouble(), GradientScale(c, expected), $"{c.GetProperty("name").GetString()} grad {g.Name}");
        }
    }
}
