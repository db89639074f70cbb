using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests.Modules;

/// <summary>
/// Layers against PyTorch: after the same torch.manual_seed the default initialisation gives exactly
/// PyTorch's weights, and outputs, gradients and buffers after the forward passes match.
/// </summary>
public class LayerGoldenTests
{
    private static void RunLayer(string name, long seed, Func<nn.Module<Tensor, Tensor>> make, int steps = 1, bool train = true)
    {
        using var scope = NewDisposeScope();
        manual_seed(seed);
        using var module = make();
        module.train(train);
        var state = module.state_dict();
        var expectedKeys = NnGolden.Case(name).EnumerateObject().Select(p => p.Name).Where(n => n.StartsWith("init_")).Select(n => n["init_".Length..]);
        Assert.Equal(expectedKeys, state.Keys);
        foreach (var (key, value) in state)
        {
            NnGolden.Check(name, "init_" + key, value);
        }
        Tensor? x = null;
        Tensor? output = null;
        for (var step = 0; step < steps; step++)
        {
            module.zero_grad();
            x = NnGolden.Get(name, "x").requires_grad_();
            output = module.call(x);
        }
        NnGolden.Check(name, "out", output!);
        output!.backward(NnGolden.Get(name, "w"));
        NnGolden.Check(name, "grad_x", x!.grad!);
        foreach (var (key, p) in module.named_parameters())
        {
            NnGolden.Check(name, "grad_" + key, p.grad!);
        }
        foreach (var (key, b) in module.named_buffers())
        {
            NnGolden.Check(name, "after_" + key, b);
        }
    }

    [Fact]
    public void Linear() => RunLayer("Linear", 10, () => nn.Linear(5, 3));

    [Fact]
    public void LinearWithoutBias() => RunLayer("Linear_nobias", 11, () => nn.Linear(6, 2, hasBias: false));

    [Fact]
    public void Conv2d() => RunLayer("Conv2d", 12, () => nn.Conv2d(3, 4, 3, stride: 2, padding: 1));

    [Fact]
    public void Conv2dGroupedDilatedWithoutBias() =>
        RunLayer("Conv2d_groups", 13, () => nn.Conv2d(4, 6, (3, 2), dilation: (1, 2), groups: 2, bias: false));

    [Fact]
    public void Conv2dReflectPadding() => RunLayer("Conv2d_reflect", 14, () => nn.Conv2d(2, 3, 3, padding: 1, padding_mode: PaddingModes.Reflect));

    [Fact]
    public void BatchNorm2dTrainingUpdatesRunningStatistics() => RunLayer("BatchNorm2d_train", 15, () => nn.BatchNorm2d(3), steps: 2);

    [Fact]
    public void BatchNorm2dEvaluationUsesRunningStatistics() => RunLayer("BatchNorm2d_eval", 15, () => nn.BatchNorm2d(3), train: false);

    [Fact]
    public void BatchNorm1dCumulativeAverage() => RunLayer("BatchNorm1d_cumulative", 16, () => nn.BatchNorm1d(4, eps: 1e-3, momentum: null), steps: 3);

    [Fact]
    public void LayerNorm() => RunLayer("LayerNorm", 17, () => nn.LayerNorm([3, 4]));

    [Fact]
    public void DropoutDropsWhatPyTorchDrops() => RunLayer("Dropout_train", 18, () => nn.Dropout(0.4));

    [Fact]
    public void SequentialOfMixedLayers() =>
        RunLayer("Sequential", 19, () => nn.Sequential(nn.Conv2d(1, 2, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(8, 3), nn.Sigmoid()));
}
