namespace Siamese.Lib.Runtime;

/// <summary>
/// TorchSharp's natives could not be loaded. The message names every path tried and the command that fixes it
/// (usually <c>environment/setup.sh</c>, which restores the packages and writes the patched bridge).
/// </summary>
public sealed class TorchLoadException : Exception
{
    /// <summary>The command that makes the natives loadable on this machine.</summary>
    public const string FixCommand = "environment/setup.sh";

    /// <summary>Creates the exception from what went wrong and the paths that were tried.</summary>
    public TorchLoadException(string problem, IReadOnlyList<string> tried, bool patchedBridgeNeeded)
        : base(Compose(problem, tried, patchedBridgeNeeded))
    {
        Tried = tried;
    }

    /// <summary>The files and folders that were looked at, in order.</summary>
    public IReadOnlyList<string> Tried { get; }

    private static string Compose(string problem, IReadOnlyList<string> tried, bool patched)
    {
        var why = patched
            ? " This system's libstdc++ predates GCC 13, so the patched copy of libLibTorchSharp.so is needed."
            : "";
        return $"{problem}{why} Tried: {string.Join(", ", tried)}. Fix: run {FixCommand} from the repository "
            + "(it restores TorchSharp and writes the patched bridge), or set "
            + $"{NativeLocator.BridgeVariable} to a loadable libLibTorchSharp.so.";
    }
}
