using Siamese.Lib.Training;

namespace Siamese.Lib.Tests.Training;

public class NonFiniteLossExceptionTests
{
    [Fact]
    public void MessageNamesTheStepAndTheLikelyCauses()
    {
        var e = new NonFiniteLossException(epoch: 2, firstStep: 57, lastStep: 57, value: double.NaN, learningRate: 0.5);
        Assert.Contains("step 57", e.Message);
        Assert.Contains("epoch 2", e.Message);
        Assert.Contains("learning rate", e.Message);
        Assert.Contains("normalised", e.Message);
        Assert.Contains("BCE", e.Message);
    }

    [Fact]
    public void MessageNamesTheWindowWhenCheckingSparsely()
    {
        var e = new NonFiniteLossException(1, 51, 100, double.PositiveInfinity, 1e-3);
        Assert.Contains("steps 51–100", e.Message);
        Assert.Equal(51, e.FirstStep);
        Assert.Equal(100, e.LastStep);
    }
}
