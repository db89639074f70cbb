using System.Reflection;
using System.Runtime.InteropServices;

namespace Siamese.Lib.Runtime;

/// <summary>
/// Loads SkiaSharp's native library (TorchVision's image decoder, <see cref="Data.PngReader"/>) by absolute path and
/// points SkiaSharp's P/Invokes at it. An application finds <c>libSkiaSharp.so</c> through its deps.json, but a
/// notebook kernel that loads Siamese.Lib.dll by path does not: the file sits under <c>runtimes/linux-x64/native</c>
/// beside the assembly (or in the NuGet package), and the decode failed with "Unable to load libSkiaSharp". Where no
/// file is found, SkiaSharp's own probing is left as it is.
/// </summary>
public static class SkiaNative
{
    private const string LibraryName = "libSkiaSharp";
    private const string FileName = LibraryName + ".so";
    private const string NativePackage = "skiasharp.nativeassets.linux.nodependencies";

    /// <summary>Files that may be the native library, in the order they are tried.</summary>
    public static IReadOnlyList<string> Candidates(string assemblyDirectory, string packagesRoot, string? version)
    {
        var list = new List<string>
        {
            Path.Combine(assemblyDirectory, FileName),
            Path.Combine(assemblyDirectory, "runtimes", "linux-x64", "native", FileName),
        };
        if (version is not null)
        {
            // SkiaSharp 2.88.6 calls itself "2.88.6.0-<commit>": its package folder is "2.88.6".
            var parts = version.Split('.');
            var folders = parts.Length == 4 && parts[3] == "0" ? new[] { version, string.Join('.', parts[..3]) } : [version];
            list.AddRange(folders.Select(v => Path.Combine(packagesRoot, NativePackage, v, "runtimes", "linux-x64", "native", FileName)));
        }
        return list;
    }

    /// <summary>Loads the first candidate that exists (Linux only) and resolves SkiaSharp's imports to it; returns its path.</summary>
    internal static string? Load(string packagesRoot)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        var skia = typeof(SkiaSharp.SKBitmap).Assembly;
        // The informational version is the package version plus a commit ("2.88.6+e2c5c86…"); the package folder is the first part.
        var version = skia.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            .Split('+', '-')[0];
        var path = Candidates(Path.GetDirectoryName(skia.Location) ?? ".", packagesRoot, version).FirstOrDefault(File.Exists);
        if (path is null)
        {
            return null;
        }
        var handle = NativeLibrary.Load(path);
        NativeLibrary.SetDllImportResolver(skia, (name, _, _) => name == LibraryName ? handle : IntPtr.Zero);
        return path;
    }
}
