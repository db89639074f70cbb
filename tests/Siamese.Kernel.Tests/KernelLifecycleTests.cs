using Siamese.Kernel.Tests.Infrastructure;

namespace Siamese.Kernel.Tests;

/// <summary>Interrupt (interrupt_request and SIGINT) and shutdown, each on a kernel of its own.</summary>
public class KernelLifecycleTests
{
    private static readonly TimeSpan InterruptDelay = TimeSpan.FromSeconds(1);

    [Theory]
    [InlineData("while (true) { }")]
    [InlineData("var n = 0L;\nfor (;;) n++;")]
    [InlineData("System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);")]
    [InlineData("await Task.Delay(TimeSpan.FromHours(1), CancellationToken);")]
    [InlineData("void Spin() { while (true) { } }\nSpin();")]
    public void InterruptStopsARunawayCellAndKeepsState(string runaway)
    {
        using var driver = KernelDriver.Start();
        Assert.Equal("ok", driver.Execute("var kept = 41;").Status);
        var id = driver.ExecuteAsync(runaway);
        Thread.Sleep(InterruptDelay);
        driver.Send(new { op = "interrupt" });
        var interrupted = driver.Wait(id, timeout: 30);
        Assert.False(interrupted.TimedOut, interrupted.ToString());
        Assert.Equal("error", interrupted.Status);
        Assert.Equal("42", driver.Execute("kept + 1").Result());
    }

    [Fact]
    public void SigintInterruptsLikeInterruptRequest()
    {
        using var driver = KernelDriver.Start();
        Assert.Equal("ok", driver.Execute("var kept = 41;").Status);
        var id = driver.ExecuteAsync("while (true) { }");
        Thread.Sleep(InterruptDelay);
        driver.Send(new { op = "sigint" });
        var interrupted = driver.Wait(id, timeout: 30);
        Assert.False(interrupted.TimedOut, interrupted.ToString());
        Assert.Equal("error", interrupted.Status);
        Assert.Equal("42", driver.Execute("kept + 1").Result());
        Assert.True(driver.Send(new { op = "heartbeat" })["alive"]!.GetValue<bool>());
    }

    [Fact]
    public void ShutdownEndsTheProcessCleanly()
    {
        using var driver = KernelDriver.Start();
        var shutdown = new KernelMessages(driver.Send(new { op = "shutdown" }));
        Assert.Equal("shutdown_reply", shutdown.ReplyType);
        Assert.Equal("ok", shutdown.Status);
        Assert.False(shutdown.Raw["alive_after"]!.GetValue<bool>());
        Assert.Equal(0, shutdown.Raw["exit_code"]!.GetValue<int>());
    }
}
