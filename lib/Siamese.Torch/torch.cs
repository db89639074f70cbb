using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

/// <summary>
/// The root of the TorchSharp-shaped API: <c>using static Siamese.Torch.torch;</c> gives
/// <c>randn</c>, <c>nn</c>, <c>optim</c> and <c>Tensor</c> as in TorchSharp (<c>using static TorchSharp.torch;</c>).
/// Global state here (seed, threads, grad mode) is libtorch's own, per process or per thread as in PyTorch.
/// </summary>
public static partial class torch
{
    /// <summary>Opens a dispose scope on this thread; dispose it to free every tensor created inside.</summary>
    public static DisposeScope NewDisposeScope() => DisposeScope.Open();

    /// <summary>Seeds libtorch's CPU (and CUDA) generators.</summary>
    public static void manual_seed(long seed) => Check(sts_manual_seed(seed));

    /// <summary>Sets libtorch's intra-op thread count (OpenBLAS has its own pool: OPENBLAS_NUM_THREADS).</summary>
    public static void set_num_threads(int threads) => Check(sts_set_num_threads(threads));

    /// <summary>libtorch's intra-op thread count.</summary>
    public static int get_num_threads()
    {
        Check(sts_get_num_threads(out var n));
        return n;
    }

    /// <summary>Sets libtorch's inter-op thread count (once, before any parallel work).</summary>
    public static void set_num_interop_threads(int threads) => Check(sts_set_num_interop_threads(threads));

    /// <summary>Whether autograd records operations on this thread.</summary>
    public static bool is_grad_enabled()
    {
        Check(sts_grad_mode_enabled(out var v));
        return v != 0;
    }

    /// <summary>Turns gradient recording on or off for this thread (prefer the scopes below).</summary>
    public static void set_grad_enabled(bool enabled) => Check(sts_set_grad_mode(enabled ? 1 : 0));

    /// <summary>A scope without gradient recording (<c>using (torch.no_grad()) { ... }</c>).</summary>
    public static IDisposable no_grad() => new GradModeScope(false);

    /// <summary>A scope with gradient recording (inside a <see cref="no_grad"/>).</summary>
    public static IDisposable enable_grad() => new GradModeScope(true);

    /// <summary>Restores the previous grad mode on dispose.</summary>
    private sealed class GradModeScope : IDisposable
    {
        private readonly bool _previous;
        private bool _disposed;

        internal GradModeScope(bool enabled)
        {
            _previous = is_grad_enabled();
            set_grad_enabled(enabled);
        }

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                set_grad_enabled(_previous);
            }
        }
    }

    /// <summary>CUDA queries (<c>torch.cuda.is_available()</c>).</summary>
    public static partial class cuda
    {
        /// <summary>True when libtorch was built with CUDA and a GPU is visible.</summary>
        public static bool is_available()
        {
            Check(sts_cuda_is_available(out var v));
            return v != 0;
        }

        /// <summary>Number of visible GPUs (0 without CUDA).</summary>
        public static int device_count()
        {
            Check(sts_cuda_device_count(out var n));
            return n;
        }
    }
}
