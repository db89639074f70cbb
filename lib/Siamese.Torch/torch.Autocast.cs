using Siamese.Torch.Native;
using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    /// <summary>
    /// Mixed precision for the enclosed code (<c>torch.autocast</c>, which TorchSharp lacks):
    /// <c>using (torch.autocast(DeviceType.CUDA, bfloat16)) { loss = model.forward(x) ... }</c>. Inside, ops that
    /// gain from low precision (matmul, linear, convolutions, LSTM cells) run in <paramref name="dtype"/> on
    /// tensors of <paramref name="device_type"/>, while precision-sensitive ops (losses, softmax, norms, sums)
    /// run in float32; outputs carry the dtype their op ran in. Parameters and their gradients stay float32.
    /// Run the backward pass and the optimizer step outside the scope, as in PyTorch. With float16 on CUDA,
    /// scale the loss with <see cref="amp.GradScaler"/> to keep small gradients from flushing to zero.
    /// </summary>
    /// <param name="device_type">CPU or CUDA: only tensors on that device type are cast.</param>
    /// <param name="dtype">float16 or bfloat16; default float16 on CUDA, bfloat16 on CPU (CPU accepts only bfloat16).</param>
    /// <param name="enabled">False makes a scope that turns autocast off inside (e.g. for a float32 sub-block).</param>
    /// <param name="cache_enabled">Cache the low-precision copies of parameters within the outermost scope.</param>
    /// <remarks>
    /// libtorch keeps the autocast state per thread, like grad mode: dispose the scope on the thread that
    /// created it (not across an <c>await</c> that may resume elsewhere), and nest scopes properly; disposing
    /// restores the state found on entry.
    /// </remarks>
    public static AutocastScope autocast(DeviceType device_type, ScalarType? dtype = null, bool enabled = true, bool cache_enabled = true) =>
        new(device_type, dtype ?? DefaultAutocastDtype(device_type), enabled, cache_enabled);

    /// <summary>As <see cref="autocast(DeviceType, ScalarType?, bool, bool)"/> with a device type named "cpu" or "cuda".</summary>
    public static AutocastScope autocast(string device_type, ScalarType? dtype = null, bool enabled = true, bool cache_enabled = true) =>
        autocast(new Device(device_type).type, dtype, enabled, cache_enabled);

    /// <summary>Whether autocast is on for <paramref name="device_type"/> on this thread.</summary>
    public static bool is_autocast_enabled(DeviceType device_type)
    {
        Check(sts_autocast_get((int)device_type, out var state));
        return state.Enabled != 0;
    }

    /// <summary>The dtype autocast uses (or would use) for <paramref name="device_type"/> on this thread.</summary>
    public static ScalarType get_autocast_dtype(DeviceType device_type)
    {
        Check(sts_autocast_get((int)device_type, out var state));
        return (ScalarType)state.Dtype;
    }

    private static ScalarType DefaultAutocastDtype(DeviceType device_type) =>
        device_type == DeviceType.CUDA ? ScalarType.Float16 : ScalarType.BFloat16;

    /// <summary>An entered autocast region; disposing it restores the autocast state found on entry.</summary>
    public sealed class AutocastScope : IDisposable
    {
        private readonly AutocastState _previous;
        private readonly int _threadId;
        private bool _disposed;

        internal AutocastScope(DeviceType device_type, ScalarType dtype, bool enabled, bool cache_enabled)
        {
            if (dtype != ScalarType.Float16 && dtype != ScalarType.BFloat16)
            {
                throw new ArgumentException($"autocast runs in float16 or bfloat16, got {dtype}.", nameof(dtype));
            }
            if (device_type == DeviceType.CPU && dtype != ScalarType.BFloat16)
            {
                // libtorch 1.13's CPU kernels lack float16 for most autocast ops; PyTorch 1.13 disables autocast then.
                throw new ArgumentException("CPU autocast supports bfloat16 only.", nameof(dtype));
            }
            var state = new AutocastState { Enabled = enabled ? 1 : 0, Dtype = (int)dtype, CacheEnabled = cache_enabled ? 1 : 0 };
            Check(sts_autocast_enter((int)device_type, state, out _previous));
            _threadId = Environment.CurrentManagedThreadId;
            this.device_type = device_type;
            this.dtype = dtype;
            this.enabled = enabled;
        }

        /// <summary>The device type whose tensors this scope casts.</summary>
        public DeviceType device_type { get; }

        /// <summary>The low-precision dtype of this scope.</summary>
        public ScalarType dtype { get; }

        /// <summary>Whether this scope turns autocast on (false: it turns it off inside).</summary>
        public bool enabled { get; }

        /// <summary>Leaves the scope; throws <see cref="InvalidOperationException"/> on a thread other than the creator's.</summary>
        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }
            if (Environment.CurrentManagedThreadId != _threadId)
            {
                throw new InvalidOperationException(
                    "An autocast scope must be disposed on the thread that created it: libtorch keeps autocast state per thread.");
            }
            _disposed = true;
            Check(sts_autocast_exit((int)device_type, _previous));
        }
    }
}
