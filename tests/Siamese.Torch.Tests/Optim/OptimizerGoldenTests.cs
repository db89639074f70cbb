using System.Text.Json;
using static Siamese.Torch.torch;
using static Siamese.Torch.torch.optim;

namespace Siamese.Torch.Tests.Optim;

/// <summary>
/// Every optimizer and option combination of golden_optim.py: the same six steps on the same quadratic loss
/// must give PyTorch 1.13's parameters after every step.
/// </summary>
public class OptimizerGoldenTests
{
    public static TheoryData<string> Cases => OptimGolden.Names("optimizers");

    /// <summary>The fixed problem: two float32 parameters, targets and coefficients.</summary>
    internal sealed class Problem : IDisposable
    {
        private readonly Tensor[] _targets;
        private readonly Tensor[] _coefs;
        private readonly Tensor[] _ones;

        /// <summary>The golden problem, optionally starting from other parameter values (p0 then p1, flattened).</summary>
        internal Problem(double[]? start = null)
        {
            var init = OptimGolden.Root.GetProperty("initial");
            var p0 = start is null ? OptimGolden.Floats(init.GetProperty("p0")) : start[..3].Select(v => (float)v).ToArray();
            var p1 = start is null ? OptimGolden.Floats(init.GetProperty("p1")) : start[3..].Select(v => (float)v).ToArray();
            P0 = new nn.Parameter(tensor(p0, [3]));
            P1 = new nn.Parameter(tensor(p1, [2, 2]));
            _targets =
            [
                tensor(OptimGolden.Floats(init.GetProperty("t0")), [3]).DetachFromDisposeScope(),
                tensor(OptimGolden.Floats(init.GetProperty("t1")), [2, 2]).DetachFromDisposeScope(),
            ];
            _coefs =
            [
                tensor(OptimGolden.Floats(init.GetProperty("c0")), [3]).DetachFromDisposeScope(),
                tensor(OptimGolden.Floats(init.GetProperty("c1")), [2, 2]).DetachFromDisposeScope(),
            ];
            _ones = [ones(3).DetachFromDisposeScope(), ones(2, 2).DetachFromDisposeScope()];
        }

        internal nn.Parameter P0 { get; }

        internal nn.Parameter P1 { get; }

        internal nn.Parameter[] Parameters => [P0, P1];

        /// <summary>
        /// Gradients of sum((p - t) * (p - t) * c) for both parameters: backward of the elementwise loss with
        /// a gradient of ones is the backward of its sum.
        /// </summary>
        internal void Backward()
        {
            using var scope = NewDisposeScope();
            var ps = Parameters;
            for (var i = 0; i < ps.Length; i++)
            {
                var d = ps[i] - _targets[i];
                (d * d * _coefs[i]).backward(_ones[i]);
            }
        }

        internal double[] Values() => Parameters.SelectMany(p => p.data<float>().Select(v => (double)v)).ToArray();

        public void Dispose()
        {
            foreach (var t in Parameters.Concat(_targets).Concat(_coefs).Concat(_ones))
            {
                t.Dispose();
            }
        }
    }

    /// <summary>Builds the optimizer a golden case describes (kind, default options, overrides of group 0).</summary>
    internal static Optimizer Make(JsonElement spec, Problem problem)
    {
        var kind = spec.GetProperty("kind").GetString()!;
        var d = spec.GetProperty("defaults");
        double Get(string name, double fallback) => d.TryGetProperty(name, out var v) ? v.GetDouble() : fallback;
        bool Flag(string name) => d.TryGetProperty(name, out var v) && v.GetBoolean();
        double Beta(int i, double fallback) => d.TryGetProperty("betas", out var v) ? v[i].GetDouble() : fallback;

        ParamGroup[] groups;
        var g0 = spec.GetProperty("group0");
        if (g0.ValueKind == JsonValueKind.Null)
        {
            groups = [new ParamGroup(problem.Parameters)];
        }
        else
        {
            double? Opt(string name) => g0.TryGetProperty(name, out var v) ? v.GetDouble() : null;
            groups =
            [
                new ParamGroup([problem.P0], lr: Opt("lr"), momentum: Opt("momentum"), weight_decay: Opt("weight_decay"), rho: Opt("rho")),
                new ParamGroup([problem.P1]),
            ];
        }
        return kind switch
        {
            "SGD" => SGD(groups, Get("lr", double.NaN), Get("momentum", 0), Get("dampening", 0), Get("weight_decay", 0), Flag("nesterov"), Flag("maximize")),
            "Adam" => Adam(groups, Get("lr", 1e-3), Beta(0, 0.9), Beta(1, 0.999), Get("eps", 1e-8), Get("weight_decay", 0), Flag("amsgrad"), Flag("maximize")),
            "AdamW" => AdamW(groups, Get("lr", 1e-3), Beta(0, 0.9), Beta(1, 0.999), Get("eps", 1e-8), Get("weight_decay", 1e-2), Flag("amsgrad"), Flag("maximize")),
            "Adadelta" => Adadelta(groups, Get("lr", 1.0), Get("rho", 0.9), Get("eps", 1e-6), Get("weight_decay", 0), Flag("maximize")),
            "RMSprop" => RMSprop(groups, Get("lr", 1e-2), Get("alpha", 0.99), Get("eps", 1e-8), Get("weight_decay", 0), Get("momentum", 0), Flag("centered"), Flag("maximize")),
            _ => throw new InvalidOperationException($"unknown optimizer {kind}"),
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void StepsMatchPyTorch(string name)
    {
        var spec = OptimGolden.Named("optimizers", name);
        using var problem = new Problem();
        using var optimizer = Make(spec, problem);
        var step = 0;
        foreach (var expected in spec.GetProperty("steps").EnumerateArray())
        {
            optimizer.zero_grad();
            problem.Backward();
            optimizer.step();
            OptimGolden.AssertClose(OptimGolden.Doubles(expected), problem.Values(), $"{name} step {++step}");
        }
        Assert.True(step >= 5);
    }
}
