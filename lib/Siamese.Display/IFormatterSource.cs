namespace Siamese.Display;

/// <summary>
/// Registers an assembly's formatters when the assembly loads; name the implementing type (public, with a
/// parameterless constructor) in an assembly-level <see cref="FormatterSourceAttribute"/>.
/// </summary>
public interface IFormatterSource
{
    /// <summary>Calls <see cref="Formatter.Register{T}(string, Func{T, string})"/> and friends.</summary>
    void RegisterFormatters();
}
