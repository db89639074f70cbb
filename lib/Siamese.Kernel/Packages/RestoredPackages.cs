namespace Siamese.Kernel.Packages;

/// <summary>What a restore made available: managed assemblies to reference and folders that hold native libraries.</summary>
/// <param name="Assemblies">Full paths of the runtime assemblies of every package (and its dependencies), for this framework.</param>
/// <param name="NativeDirectories">Folders with the packages' native libraries for this platform.</param>
internal sealed record RestoredPackages(IReadOnlyList<string> Assemblies, IReadOnlyList<string> NativeDirectories);
