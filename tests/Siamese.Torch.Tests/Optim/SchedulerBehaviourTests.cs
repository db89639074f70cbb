using static Siamese.Torch.torch;
using static Siamese.Torch.torch.optim;

namespace Siamese.Torch.Tests.Optim;

public class SchedulerBehaviourTests
{
    [Fact]
    public void ResumingAtALaterEpochUsesTheClosedFormThenContinues()
    {
        using var p = new nn.Parameter(zeros(1));
        using var a = SGD(new[] { p }, lr: 0.1);
        var full = lr_scheduler.CosineAnnealingLR(a, 10, 0.001);
        var expected = new List<double> { a.param_groups[0].lr };
        for (var i = 0; i < 12; i++)
        {
            full.step();
            expected.Add(a.param_groups[0].lr);
        }

        using var b = SGD(new[] { p }, lr: 0.5);
        Assert.Throws<ArgumentException>(() => lr_scheduler.CosineAnnealingLR(b, 10, 0.001, last_epoch: 7));
        b.param_groups[0].initial_lr = 0.1;
        var resumed = lr_scheduler.CosineAnnealingLR(b, 10, 0.001, last_epoch: 7);
        // As in PyTorch, construction performs the step to epoch 8.
        Assert.Equal(8, resumed.last_epoch);
        for (var epoch = 8; epoch <= 12; epoch++)
        {
            Assert.Equal(expected[epoch], b.param_groups[0].lr, 12);
            resumed.step();
        }
    }

    [Fact]
    public void StepLRDecaysEveryStepSizeEpochsInClosedForm()
    {
        using var p = new nn.Parameter(zeros(1));
        using var sgd = SGD(new[] { p }, lr: 1.0);
        var s = lr_scheduler.StepLR(sgd, step_size: 2, gamma: 0.5);
        var lrs = new List<double> { s.get_last_lr()[0] };
        for (var i = 0; i < 6; i++)
        {
            s.step();
            lrs.Add(s.get_last_lr()[0]);
        }
        Assert.Equal(new[] { 1.0, 1.0, 0.5, 0.5, 0.25, 0.25, 0.125 }, lrs);
        Assert.Equal(1.0, sgd.param_groups[0].initial_lr);
        Assert.Equal(new[] { 1.0 }, s.base_lrs);
    }

    [Fact]
    public void ReduceLROnPlateauNeedsAMetricAndValidatesItsOptions()
    {
        using var p = new nn.Parameter(zeros(1));
        using var sgd = SGD([new ParamGroup([p])], lr: 1.0);
        Assert.Contains("Factor", Assert.Throws<ArgumentException>(() => lr_scheduler.ReduceLROnPlateau(sgd, factor: 1.0)).Message);
        Assert.Contains("mode", Assert.Throws<ArgumentException>(() => lr_scheduler.ReduceLROnPlateau(sgd, mode: "lowest")).Message);
        Assert.Contains("threshold mode", Assert.Throws<ArgumentException>(() => lr_scheduler.ReduceLROnPlateau(sgd, threshold_mode: "pct")).Message);
        Assert.Contains("min_lrs", Assert.Throws<ArgumentException>(() => lr_scheduler.ReduceLROnPlateau(sgd, min_lrs: [0.1, 0.2])).Message);

        var plateau = lr_scheduler.ReduceLROnPlateau(sgd, patience: 0, min_lrs: [0.3]);
        Assert.Throws<InvalidOperationException>(() => plateau.step());
        plateau.step(1.0);
        plateau.step(1.0);
        Assert.Equal(0.3, sgd.param_groups[0].lr);
        Assert.Equal(1.0, plateau.best);
        Assert.Equal(2, plateau.last_epoch);
    }

    [Fact]
    public void EpochSchedulersIgnoreAMetric()
    {
        using var p = new nn.Parameter(zeros(1));
        using var sgd = SGD(new[] { p }, lr: 1.0);
        lr_scheduler.LRScheduler s = lr_scheduler.ExponentialLR(sgd, 0.5);
        s.step(123.0);
        Assert.Equal(0.5, sgd.param_groups[0].lr);
        Assert.Throws<ArgumentException>(() => lr_scheduler.StepLR(sgd, 0));
        Assert.Throws<ArgumentException>(() => lr_scheduler.CosineAnnealingLR(sgd, 0));
    }
}
