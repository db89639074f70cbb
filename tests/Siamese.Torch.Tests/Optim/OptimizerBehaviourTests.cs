using static Siamese.Torch.torch;
using static Siamese.Torch.torch.optim;

namespace Siamese.Torch.Tests.Optim;

public class OptimizerBehaviourTests
{
    public static TheoryData<string> StatefulCases => new()
    {
        "sgd_nesterov", "sgd_groups", "adam_amsgrad", "adam_groups", "adamw_amsgrad", "adadelta_options", "rmsprop_all", "rmsprop_groups",
    };

    private static List<double[]> Run(Optimizer optimizer, OptimizerGoldenTests.Problem problem, int steps)
    {
        var trajectory = new List<double[]>();
        for (var i = 0; i < steps; i++)
        {
            optimizer.zero_grad();
            problem.Backward();
            optimizer.step();
            trajectory.Add(problem.Values());
        }
        return trajectory;
    }

    [Theory]
    [MemberData(nameof(StatefulCases))]
    public void StateDictResumesTrainingExactly(string name)
    {
        var spec = OptimGolden.Named("optimizers", name);
        using var scope = NewDisposeScope();
        using var problem = new OptimizerGoldenTests.Problem();
        using var optimizer = OptimizerGoldenTests.Make(spec, problem);
        Run(optimizer, problem, 3);
        var saved = optimizer.state_dict();
        var start = problem.Values();
        var continued = Run(optimizer, problem, 4);

        using var resumedProblem = new OptimizerGoldenTests.Problem(start);
        using var resumed = OptimizerGoldenTests.Make(spec, resumedProblem);
        resumed.load_state_dict(saved);
        var replayed = Run(resumed, resumedProblem, 4);
        for (var i = 0; i < continued.Count; i++)
        {
            Assert.Equal(continued[i], replayed[i]);
        }

        // Without the state the same start diverges: the state is what made the replay exact.
        using var freshProblem = new OptimizerGoldenTests.Problem(start);
        using var fresh = OptimizerGoldenTests.Make(spec, freshProblem);
        Assert.NotEqual(continued[0], Run(fresh, freshProblem, 1)[0]);
    }

    [Fact]
    public void StateDictHasPyTorchKeysStepsAndCopies()
    {
        using var scope = NewDisposeScope();
        using var problem = new OptimizerGoldenTests.Problem();
        using var adam = Adam([new ParamGroup([problem.P0], lr: 0.5), new ParamGroup([problem.P1])], lr: 0.1, amsgrad: true);
        Run(adam, problem, 3);
        var state = adam.state_dict();
        Assert.Equal(3.0, state["state.0.step"].item<double>());
        Assert.Equal(3.0, state["state.1.step"].item<double>());
        Assert.Equal(new long[] { 2, 2 }, state["state.1.exp_avg_sq"].shape);
        Assert.True(state.ContainsKey("state.1.max_exp_avg_sq"));
        Assert.Equal(0.5, state["param_groups.0.lr"].item<double>());
        Assert.Equal(0.1, state["param_groups.1.lr"].item<double>());
        Assert.Equal(1.0, state["param_groups.1.amsgrad"].item<double>());
        Assert.Equal(new long[] { 0 }, state["param_groups.0.params"].data<long>());
        Assert.Equal(new long[] { 1 }, state["param_groups.1.params"].data<long>());

        // The dictionary holds copies: further steps do not change it.
        var before = state["state.0.exp_avg"].data<float>();
        Run(adam, problem, 1);
        Assert.Equal(before, state["state.0.exp_avg"].data<float>());
        Assert.NotEqual(before, adam.state_dict()["state.0.exp_avg"].data<float>());
    }

    [Fact]
    public void LoadStateDictRestoresGroupOptions()
    {
        using var scope = NewDisposeScope();
        using var problem = new OptimizerGoldenTests.Problem();
        using var a = SGD(problem.Parameters, lr: 0.1, momentum: 0.9);
        a.param_groups[0].lr = 0.025;
        a.param_groups[0]["momentum"] = 0.5;
        a.param_groups[0].initial_lr = 0.1;
        using var b = SGD(problem.Parameters, lr: 0.1, momentum: 0.9);
        b.load_state_dict(a.state_dict());
        Assert.Equal(0.025, b.param_groups[0].lr);
        Assert.Equal(0.5, b.param_groups[0]["momentum"]);
        Assert.Equal(0.1, b.param_groups[0].initial_lr);
    }

    [Fact]
    public void LoadStateDictRejectsMismatchedGroupsAndKeys()
    {
        using var scope = NewDisposeScope();
        using var problem = new OptimizerGoldenTests.Problem();
        using var two = Adam([new ParamGroup([problem.P0]), new ParamGroup([problem.P1])]);
        using var one = Adam(problem.Parameters);
        Assert.Throws<ArgumentException>(() => one.load_state_dict(two.state_dict()));
        Assert.Throws<ArgumentException>(() => two.load_state_dict(one.state_dict()));

        var withSgdState = new Dictionary<string, Tensor>(one.state_dict()) { ["state.0.momentum_buffer"] = zeros(3) };
        var e = Assert.Throws<ArgumentException>(() => one.load_state_dict(withSgdState));
        Assert.Contains("momentum_buffer", e.Message);

        var wrongShape = new Dictionary<string, Tensor>(one.state_dict()) { ["state.0.exp_avg"] = zeros(5) };
        Assert.Throws<TorchException>(() => one.load_state_dict(wrongShape));
    }

    [Fact]
    public void GroupsWithDifferentLearningRatesGetDifferentUpdates()
    {
        using var scope = NewDisposeScope();
        using var slow = new nn.Parameter(tensor(new float[] { 1, -2, 3 }));
        using var fast = new nn.Parameter(tensor(new float[] { 1, -2, 3 }));
        using var sgd = SGD([new ParamGroup([slow]), new ParamGroup([fast], lr: 0.2)], lr: 0.1);
        Assert.Equal(0.1, sgd.param_groups[0].lr);
        Assert.Equal(0.2, sgd.param_groups[1].lr);
        sgd.zero_grad();
        (slow * slow).backward(ones(3));
        (fast * fast).backward(ones(3));
        sgd.step();
        // p - lr * 2p: 0.8 p with lr 0.1, 0.6 p with lr 0.2.
        Assert.Equal(new float[] { 0.8f, -1.6f, 2.4f }, slow.data<float>());
        Assert.Equal(new float[] { 0.6f, -1.2f, 1.8f }, fast.data<float>());
    }

    [Fact]
    public void GroupOptionsCanChangeBetweenSteps()
    {
        using var scope = NewDisposeScope();
        using var p = new nn.Parameter(tensor(new float[] { 1 }));
        using var sgd = SGD(new[] { p }, lr: 0.1, momentum: 0.9, weight_decay: 0.01);
        sgd.param_groups[0]["momentum"] = 0.5;
        sgd.param_groups[0].lr = 0.2;
        p.grad = tensor(new float[] { 1 });
        sgd.step();
        // First step: buffer = g + wd * p = 1.01, p = 1 - 0.2 * 1.01.
        Assert.Equal(1 - 0.2f * 1.01f, p.data<float>()[0], 6);
        sgd.step();
        var p1 = 1 - 0.2f * 1.01f;
        var buffer = 0.5f * 1.01f + (1 + 0.01f * p1);
        Assert.Equal(p1 - 0.2f * buffer, p.data<float>()[0], 6);
    }

    [Fact]
    public void ParametersWithoutGradientAreSkipped()
    {
        using var scope = NewDisposeScope();
        using var used = new nn.Parameter(tensor(new float[] { 1, 2 }));
        using var unused = new nn.Parameter(tensor(new float[] { 3, 4 }));
        using var adam = Adam(new[] { used, unused }, lr: 0.1, weight_decay: 0.5);
        used.grad = tensor(new float[] { 1, -1 });
        adam.step();
        adam.step();
        Assert.Equal(new float[] { 3, 4 }, unused.data<float>());
        Assert.NotEqual(new float[] { 1, 2 }, used.data<float>());
        var state = adam.state_dict();
        Assert.Equal(2.0, state["state.0.step"].item<double>());
        Assert.DoesNotContain(state.Keys, k => k.StartsWith("state.1.", StringComparison.Ordinal));
    }

    [Fact]
    public void ZeroGradDropsOrZeroesGradients()
    {
        using var scope = NewDisposeScope();
        using var p = new nn.Parameter(tensor(new float[] { 1, 2 }));
        using var sgd = SGD(new[] { p }, lr: 0.1);
        p.grad = tensor(new float[] { 5, 6 });
        sgd.zero_grad(set_to_none: false);
        Assert.Equal(new float[] { 0, 0 }, p.grad!.data<float>());
        sgd.zero_grad();
        Assert.Null(p.grad);
        sgd.step();
        Assert.Equal(new float[] { 1, 2 }, p.data<float>());
    }

    [Fact]
    public void StepWithClosureReturnsTheLoss()
    {
        using var scope = NewDisposeScope();
        using var p = new nn.Parameter(tensor(new float[] { 3 }));
        using var sgd = SGD(new[] { p }, lr: 0.25);
        var loss = sgd.step(() =>
        {
            sgd.zero_grad();
            var l = p * p;
            l.backward(ones(1));
            return l;
        });
        Assert.Equal(9f, loss!.item<float>());
        Assert.Equal(3 - 0.25f * 6, p.data<float>()[0]);
    }

    [Fact]
    public void NegativeLearningRateIsRejectedWithAClearMessage()
    {
        using var p = new nn.Parameter(zeros(2));
        var ps = new[] { p };
        foreach (var make in new Func<Optimizer>[]
        {
            () => SGD(ps, lr: -0.1),
            () => Adam(ps, lr: -0.1),
            () => AdamW(ps, lr: -0.1),
            () => Adadelta(ps, lr: -0.1),
            () => RMSprop(ps, lr: -0.1),
            () => SGD([new ParamGroup(ps, lr: -0.1)], lr: 0.1),
        })
        {
            var e = Assert.Throws<ArgumentException>(make);
            Assert.Contains("Invalid learning rate: -0.1", e.Message);
        }
        using var sgd = SGD(ps, lr: 0.1);
        Assert.Throws<ArgumentException>(() => sgd.param_groups[0].lr = -1);
        Assert.Equal(0.1, sgd.param_groups[0].lr);
    }

    [Fact]
    public void InvalidOptionsAndGroupsAreRejected()
    {
        using var p = new nn.Parameter(zeros(2));
        using var q = new nn.Parameter(zeros(2));
        var ps = new[] { p };
        Assert.Contains("beta parameter at index 0", Assert.Throws<ArgumentException>(() => Adam(ps, beta1: 1.0)).Message);
        Assert.Contains("beta parameter at index 1", Assert.Throws<ArgumentException>(() => Adam(ps, beta2: -0.5)).Message);
        Assert.Contains("epsilon", Assert.Throws<ArgumentException>(() => RMSprop(ps, eps: -1)).Message);
        Assert.Contains("rho", Assert.Throws<ArgumentException>(() => Adadelta(ps, rho: 1.5)).Message);
        Assert.Contains("momentum", Assert.Throws<ArgumentException>(() => SGD(ps, lr: 0.1, momentum: -0.9)).Message);
        Assert.Contains("weight_decay", Assert.Throws<ArgumentException>(() => AdamW(ps, weight_decay: -1)).Message);
        Assert.Contains("Nesterov", Assert.Throws<ArgumentException>(() => SGD(ps, lr: 0.1, nesterov: true)).Message);
        Assert.Contains("Nesterov", Assert.Throws<ArgumentException>(() => SGD(ps, lr: 0.1, momentum: 0.9, dampening: 0.1, nesterov: true)).Message);
        Assert.Contains("no option 'rho'", Assert.Throws<ArgumentException>(() => SGD([new ParamGroup(ps, rho: 0.9)], lr: 0.1)).Message);
        Assert.Contains("more than one parameter group",
            Assert.Throws<ArgumentException>(() => SGD([new ParamGroup([p, q]), new ParamGroup([q])], lr: 0.1)).Message);
        Assert.Contains("empty parameter list", Assert.Throws<ArgumentException>(() => Adam(Array.Empty<ParamGroup>())).Message);

        using var sgd = SGD(ps, lr: 0.1);
        Assert.Throws<ArgumentException>(() => sgd.param_groups[0]["betas"] = 0.9);
        sgd.add_param_group(new ParamGroup([q], lr: 0.5));
        Assert.Equal(0.5, sgd.param_groups[1].lr);
        Assert.Equal(0.0, sgd.param_groups[1]["momentum"]);
        Assert.Throws<ArgumentException>(() => sgd.add_param_group(new ParamGroup([q])));
    }

    [Fact]
    public void NativeErrorsBecomeTorchExceptionsAndTheOptimizerStaysUsable()
    {
        using var scope = NewDisposeScope();
        using var p = new nn.Parameter(zeros(3));
        using var adam = Adam(new[] { p });
        var wrong = ones(5);
        var right = ones(3);
        Settle();
        var before = Tensor.TotalCount;
        // A gradient of the wrong shape fails inside the fused native step: an exception, not a crash.
        p.grad = wrong;
        var e = Assert.Throws<TorchException>(() => adam.step());
        Assert.Contains("must match", e.Message);
        p.grad = right;
        adam.step();
        // A first Adam step (step count 1, as if the failed one never happened) moves each weight by -lr.
        Assert.All(p.data<float>(), v => Assert.Equal(-1e-3, v, 1e-9));
        // The state created before the failure is owned (two slots), not leaked or duplicated.
        Assert.Equal(before + 2, Tensor.TotalCount);
    }

    [Fact]
    public void TrainingLoopKeepsTheLiveTensorCountFlat()
    {
        using var problem = new OptimizerGoldenTests.Problem();
        using var adam = Adam([new ParamGroup([problem.P0], lr: 0.01), new ParamGroup([problem.P1])], lr: 0.02, amsgrad: true, weight_decay: 0.01);
        using var sgd = SGD(problem.Parameters, lr: 0.001, momentum: 0.9, nesterov: true);
        var scheduler = lr_scheduler.CosineAnnealingLR(adam, 100);

        void Step()
        {
            using var scope = NewDisposeScope();
            adam.zero_grad();
            problem.Backward();
            nn.utils.clip_grad_norm_(problem.Parameters, 1.0);
            nn.utils.clip_grad_value_(problem.Parameters, 0.5);
            adam.step();
            sgd.step();
            scheduler.step();
        }

        Step();
        Settle();
        var baseline = Tensor.TotalCount;
        for (var i = 0; i < 1000; i++)
        {
            Step();
        }
        Settle();
        Assert.Equal(baseline, Tensor.TotalCount);
        var values = problem.Values();
        Assert.All(values, v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void DisposingTheOptimizerFreesItsState()
    {
        using var problem = new OptimizerGoldenTests.Problem();
        Settle();
        var before = Tensor.TotalCount;
        var adam = Adam(problem.Parameters, amsgrad: true);
        adam.zero_grad();
        problem.Backward();
        adam.step();
        // exp_avg, exp_avg_sq and max_exp_avg_sq for each of the two parameters.
        Assert.Equal(before + 6, Tensor.TotalCount);
        adam.Dispose();
        Assert.Equal(before, Tensor.TotalCount);
        Assert.Throws<ObjectDisposedException>(() => adam.step());
    }

    /// <summary>
    /// Runs pending finalizers: <see cref="Tensor.TotalCount"/> is process-wide, and tensors other tests left to
    /// the garbage collector would otherwise be finalized in the middle of a measurement.
    /// </summary>
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
