using System.Text.Json.Nodes;
using Siamese.Display;

[assembly: FormatterSource(typeof(Siamese.Display.Tests.KelvinFormatters))]

namespace Siamese.Display.Tests;

/// <summary>A type whose formatter comes from this assembly's FormatterSource attribute.</summary>
public sealed record Kelvin(double Value);

/// <summary>Registered when this assembly is loaded (scanned by Formatter), like the engine's tensor formatter.</summary>
public sealed class KelvinFormatters : IFormatterSource
{
    public void RegisterFormatters()
    {
        Formatter.Register<Kelvin>(MimeTypes.Html, k => $"<b>{k.Value} K</b>");
        Formatter.RegisterJson<Kelvin>(MimeTypes.Json, k => new JsonObject { ["kelvin"] = k.Value });
    }
}

public class Animal
{
    public override string ToString() => "animal";
}

public class Dog : Animal
{
    public override string ToString() => "dog";
}

public sealed class Puppy : Dog;

public interface IShape;

public sealed class Square : IShape;

public sealed class SelfDisplaying : IDisplayable
{
    public MimeBundle ToMimeBundle(FormatContext context) =>
        new MimeBundle().Set(MimeTypes.Html, "<i>self</i>").Set(MimeTypes.Markdown, "*self*").Set(MimeTypes.PlainText, "self");
}

public sealed class Plain
{
    public int Count { get; init; } = 3;

    public string Name { get; init; } = "x";
}

/// <summary>Records display calls instead of sending them anywhere.</summary>
public sealed class RecordingPublisher : IDisplayPublisher
{
    public List<(string Kind, string Id, MimeBundle Bundle)> Calls { get; } = [];

    public FormatContext FormatContext { get; } = new(PlotlyEmbedding.External);

    public void Publish(MimeBundle bundle, string displayId) => Calls.Add(("display", displayId, bundle));

    public void Update(MimeBundle bundle, string displayId) => Calls.Add(("update", displayId, bundle));
}

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualTime : TimeProvider
{
    private long ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => ticks;

    public void Advance(TimeSpan by) => ticks += by.Ticks;
}
