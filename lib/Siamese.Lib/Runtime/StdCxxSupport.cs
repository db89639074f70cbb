using System.Runtime.InteropServices;

namespace Siamese.Lib.Runtime;

/// <summary>
/// Whether the system's libstdc++ can load TorchSharp 0.107's bridge as shipped. The bridge was built with GCC 13+
/// and needs one symbol of <c>GLIBCXX_3.4.32</c>, <c>std::ios_base_library_init()</c>; Debian 12 and Ubuntu 22.04
/// ship 3.4.30, so there the patched copy (which takes that symbol from a one-line shim) is loaded instead.
/// </summary>
public static partial class StdCxxSupport
{
    /// <summary>The one symbol of GLIBCXX_3.4.32 the bridge needs (mangled).</summary>
    public const string IosInitSymbol = "_ZSt21ios_base_library_initv";

    /// <summary>The symbol version that carries it.</summary>
    public const string IosInitVersion = "GLIBCXX_3.4.32";

    /// <summary>The decision: the patched bridge is needed exactly when libstdc++ lacks the symbol.</summary>
    public static bool NeedsPatchedBridge(bool systemHasIosBaseLibraryInit) => !systemHasIosBaseLibraryInit;

    /// <summary>Asks the process's libstdc++ for <see cref="IosInitSymbol"/> at <see cref="IosInitVersion"/>.</summary>
    public static bool SystemHasIosBaseLibraryInit()
    {
        if (!NativeLibrary.TryLoad("libstdc++.so.6", out var handle))
        {
            return false;
        }
        return dlvsym(handle, IosInitSymbol, IosInitVersion) != IntPtr.Zero;
    }

    [LibraryImport("libc.so.6", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr dlvsym(IntPtr handle, string symbol, string version);
}
