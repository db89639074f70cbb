using System.Text.Json;
using static Siamese.Torch.torch;
using static Siamese.Torch.torch.optim;

namespace Siamese.Torch.Tests.Optim;

/// <summary>Each scheduler of golden_optim.py gives PyTorch 1.13's lr sequence over 20 epochs, for two groups.</summary>
public class SchedulerGoldenTests
{
    public static TheoryData<string> Cases => OptimGolden.Names("schedulers");

    internal static lr_scheduler.LRScheduler Make(JsonElement options, Optimizer optimizer)
    {
        double Get(string key) => options.GetProperty(key).GetDouble();
        int Int(string key) => options.GetProperty(key).GetInt32();
        string Str(string key) => options.GetProperty(key).GetString()!;
        return Str("kind") switch
        {
            "StepLR" => options.TryGetProperty("gamma", out var gamma)
                ? lr_scheduler.StepLR(optimizer, Int("step_size"), gamma.GetDouble())
                : lr_scheduler.StepLR(optimizer, Int("step_size")),
            "ExponentialLR" => lr_scheduler.ExponentialLR(optimizer, Get("gamma")),
            "CosineAnnealingLR" => lr_scheduler.CosineAnnealingLR(optimizer, Int("T_max"), Get("eta_min")),
            "ReduceLROnPlateau" => lr_scheduler.ReduceLROnPlateau(optimizer, Str("mode"), Get("factor"), Int("patience"),
                Get("threshold"), Str("threshold_mode"), Int("cooldown"), Get("min_lr"), Get("eps")),
            var kind => throw new InvalidOperationException($"unknown scheduler {kind}"),
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void LearningRatesMatchPyTorch(string name)
    {
        var spec = OptimGolden.Named("schedulers", name);
        var expected = spec.GetProperty("lrs").EnumerateArray().Select(OptimGolden.Doubles).ToArray();
        using var p = new nn.Parameter(zeros(1));
        using var q = new nn.Parameter(zeros(1));
        using var optimizer = SGD([new ParamGroup([p], lr: expected[0][0]), new ParamGroup([q], lr: expected[0][1])], lr: expected[0][0]);
        var scheduler = Make(spec.GetProperty("options"), optimizer);
        var metrics = spec.GetProperty("metrics");

        OptimGolden.AssertClose(expected[0], optimizer.param_groups.Select(g => g.lr).ToArray(), $"{name} initial");
        for (var epoch = 1; epoch < expected.Length; epoch++)
        {
            optimizer.step();
            if (metrics.ValueKind == JsonValueKind.Null)
            {
                scheduler.step();
            }
            else
            {
                scheduler.step(metrics[epoch - 1].GetDouble());
            }
            OptimGolden.AssertClose(expected[epoch], scheduler.get_last_lr(), $"{name} epoch {epoch}");
            OptimGolden.AssertClose(expected[epoch], optimizer.param_groups.Select(g => g.lr).ToArray(), $"{name} epoch {epoch} (groups)");
        }
        Assert.Equal(20, expected.Length - 1);
    }
}
