using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    /// <summary>
    /// The version of the libtorch the native shim was compiled against, as "major.minor.patch"
    /// (PyTorch's <c>torch.__version__</c> without local suffixes such as "+cu130").
    /// </summary>
    public static string __version__
    {
        get
        {
            Check(sts_torch_version(out var major, out var minor, out var patch));
            return $"{major}.{minor}.{patch}";
        }
    }
}
