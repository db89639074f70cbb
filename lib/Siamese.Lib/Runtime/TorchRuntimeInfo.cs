namespace Siamese.Lib.Runtime;

/// <summary>What <see cref="TorchRuntime.Initialize"/> loaded.</summary>
/// <param name="LibTorchDirectory">The folder libtorch (<c>libtorch_cpu.so</c>, …) was loaded from; null where
/// TorchSharp loads itself (Windows, macOS).</param>
/// <param name="Bridge">The <c>libLibTorchSharp.so</c> loaded; null where TorchSharp loads itself.</param>
/// <param name="PatchedBridge">True when the system's libstdc++ predates GCC 13 and the patched bridge was used.</param>
/// <param name="MallocTuned">True when glibc's malloc was told to keep freed memory (<see cref="MallocTuning"/>).</param>
/// <param name="OneDnnEnabled">True when libtorch may use oneDNN (off by default: <see cref="CpuBackends"/>).</param>
public sealed record TorchRuntimeInfo(
    string? LibTorchDirectory, string? Bridge, bool PatchedBridge, bool MallocTuned, bool OneDnnEnabled);
