using System.Reflection;
using System.Runtime.InteropServices;

namespace Siamese.Torch.Native;

/// <summary>
/// Finds <c>libsiamese_torch.so</c> (built by <c>environment/setup.sh</c>): first the path in
/// <c>SIAMESE_TORCH_NATIVE</c>, then the folder of this assembly, then <c>lib/native/build</c>
/// of the repository the assembly was built in (found by walking up from it).
/// </summary>
internal static class NativeLibraryResolver
{
    internal const string LibraryName = "siamese_torch";
    private const string FileName = "libsiamese_torch.so";

    // The resolver must be in place before the first P/Invoke from any entry point (scripts included).
#pragma warning disable CA2255
    [System.Runtime.CompilerServices.ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() =>
        NativeLibrary.SetDllImportResolver(typeof(NativeLibraryResolver).Assembly, Resolve);

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? path)
    {
        if (name != LibraryName)
        {
            return IntPtr.Zero;
        }
        foreach (var candidate in Candidates())
        {
            if (File.Exists(candidate) && NativeLibrary.TryLoad(candidate, out var handle))
            {
                return handle;
            }
        }
        if (NativeLibrary.TryLoad(FileName, assembly, path, out var fallback))
        {
            return fallback;
        }
        throw new DllNotFoundException(
            $"{FileName} was not found. Tried: {string.Join(", ", Candidates())}. " +
            "Build it with `environment/setup.sh` (it compiles lib/native with CMake against libtorch), " +
            "or point SIAMESE_TORCH_NATIVE at the built file.");
    }

    private static IEnumerable<string> Candidates()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("SIAMESE_TORCH_NATIVE");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            yield return fromEnvironment;
        }
        var here = AppContext.BaseDirectory;
        yield return Path.Combine(here, FileName);
        for (var dir = new DirectoryInfo(here); dir != null; dir = dir.Parent)
        {
            var built = Path.Combine(dir.FullName, "lib", "native", "build", FileName);
            if (File.Exists(built))
            {
                yield return built;
                yield break;
            }
        }
    }
}
