namespace Siamese.Kernel.Packages;

/// <summary>One package a cell asked for with <c>#r "nuget: Name, Version"</c> (the version already decided).</summary>
/// <param name="Name">The package id as typed (NuGet ids are case-insensitive).</param>
/// <param name="Version">The exact version to restore.</param>
internal sealed record PackageReference(string Name, string Version)
{
    /// <summary>The key that identifies the package regardless of how its id was cased.</summary>
    public string Id => Name.ToLowerInvariant();

    public override string ToString() => $"{Name} {Version}";
}
