namespace Siamese.Lib.Tests.Display;

/// <summary>A stand-in for our kernel's in-place display function: records what was shown and each update.</summary>
internal sealed class FakeKernel
{
    public List<object?> Shown { get; } = [];

    public List<object?> Updates { get; } = [];

    public Action<object?> Show(object? value)
    {
        Shown.Add(value);
        return Updates.Add;
    }
}

/// <summary>A clock that moves only when told to.</summary>
internal sealed class ManualTime : TimeProvider
{
    private long ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => ticks;

    public void Advance(TimeSpan by) => ticks += by.Ticks;
}
