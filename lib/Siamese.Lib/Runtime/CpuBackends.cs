using System.Runtime.InteropServices;

namespace Siamese.Lib.Runtime;

/// <summary>
/// Chooses libtorch's CPU kernel libraries: oneDNN (libtorch's "mkldnn" backend) off, as PyTorch's
/// <c>torch.backends.mkldnn.enabled = False</c> does, and NNPACK off, as <c>torch.backends.nnpack.set_flags(False)</c>
/// does. TorchSharp 0.107 has neither switch, so this calls libtorch's own setters on <c>at::globalContext()</c>
/// through their exported symbols.
/// </summary>
/// <remarks>
/// Why: libtorch 2.10 ships oneDNN 3.7.1, whose AVX-512 convolution backward gives different gradients on identical
/// passes when it runs on more than one thread (measured on this project's AMD EPYC: 88 of 120 passes over three
/// small Conv2d shapes differed beyond <c>allclose</c>, and SmallCnn, KochCnn and the verification recipe reached NaN
/// losses within a few steps). Capping oneDNN at AVX (<c>ONEDNN_MAX_CPU_ISA</c>) also fixed it but doubled the Koch
/// step (bench: 2,583 → 5,337 ms at 1 thread); without oneDNN, libtorch's own convolutions (im2col + MKL's sgemm) and
/// LSTM are exact run to run and as fast as oneDNN's AVX-512 kernels on these models (environment/README.md,
/// "Speed"). NNPACK cannot initialise on these processors ("Unsupported hardware") and, once oneDNN is off, libtorch
/// tries it and prints that warning at every convolution. Must run after libtorch is loaded and before the first
/// convolution.
/// </remarks>
public static class CpuBackends
{
    /// <summary>Set to <c>1</c> to keep oneDNN on (e.g. to check whether a newer libtorch still needs this).</summary>
    public const string KeepVariable = "SIAMESE_ONEDNN";

    private const string GlobalContext = "_ZN2at13globalContextEv";                    // at::globalContext()
    private const string SetEnabled = "_ZN2at7Context20setUserEnabledMkldnnEb";        // Context::setUserEnabledMkldnn(bool)
    private const string IsEnabled = "_ZNK2at7Context17userEnabledMkldnnEv";           // Context::userEnabledMkldnn() const
    private const string SetNnpack = "_ZN2at7Context20setUserEnabledNNPACKEb";         // Context::setUserEnabledNNPACK(bool)

    /// <summary>
    /// Disables NNPACK, and oneDNN unless <see cref="KeepVariable"/> is 1, in the libtorch loaded as
    /// <paramref name="libtorchCpu"/> (a handle of <c>libtorch_cpu.so</c>); returns whether oneDNN is enabled afterwards.
    /// </summary>
    public static unsafe bool Apply(IntPtr libtorchCpu)
    {
        if (Environment.GetEnvironmentVariable(KeepVariable) != "1")
        {
            SetUserEnabled(libtorchCpu, false);
        }
        var context = ((delegate* unmanaged<IntPtr>)Export(libtorchCpu, GlobalContext))();
        ((delegate* unmanaged<IntPtr, byte, void>)Export(libtorchCpu, SetNnpack))(context, 0);
        return IsUserEnabled(libtorchCpu);
    }

    /// <summary>Whether libtorch will use oneDNN where it can (<c>torch.backends.mkldnn.enabled</c>).</summary>
    public static unsafe bool IsUserEnabled(IntPtr libtorchCpu)
    {
        var context = ((delegate* unmanaged<IntPtr>)Export(libtorchCpu, GlobalContext))();
        return ((delegate* unmanaged<IntPtr, byte>)Export(libtorchCpu, IsEnabled))(context) != 0;
    }

    /// <summary>Sets <c>torch.backends.mkldnn.enabled</c> (a member function: the context is its first argument).</summary>
    public static unsafe void SetUserEnabled(IntPtr libtorchCpu, bool enabled)
    {
        var context = ((delegate* unmanaged<IntPtr>)Export(libtorchCpu, GlobalContext))();
        ((delegate* unmanaged<IntPtr, byte, void>)Export(libtorchCpu, SetEnabled))(context, enabled ? (byte)1 : (byte)0);
    }

    private static IntPtr Export(IntPtr library, string symbol) =>
        NativeLibrary.TryGetExport(library, symbol, out var address)
            ? address
            : throw new TorchLoadException($"libtorch_cpu.so does not export {symbol} (another libtorch version?).",
                [symbol], false);
}
