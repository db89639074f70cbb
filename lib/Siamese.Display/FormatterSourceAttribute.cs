namespace Siamese.Display;

/// <summary>
/// Names a type implementing <see cref="IFormatterSource"/> whose formatters are registered as soon as the
/// assembly is loaded, e.g. <c>[assembly: FormatterSource(typeof(TensorFormatters))]</c>.
/// </summary>
/// <param name="sourceType">A public type implementing <see cref="IFormatterSource"/> with a parameterless constructor.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class FormatterSourceAttribute(Type sourceType) : Attribute
{
    /// <summary>The type implementing <see cref="IFormatterSource"/>.</summary>
    public Type SourceType { get; } = sourceType;
}
