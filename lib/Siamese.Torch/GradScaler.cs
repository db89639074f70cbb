using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    /// <summary>Automatic mixed precision helpers (<c>torch.amp</c>); the autocast scope is <see cref="autocast(DeviceType, ScalarType?, bool, bool)"/>.</summary>
    public static partial class amp
    {
        /// <summary>
        /// Dynamic loss scaling for float16 training (<c>torch.amp.GradScaler</c>). float16 gradients below
        /// about 6e-8 flush to zero; multiplying the loss by a large factor before <c>backward()</c> keeps them,
        /// and dividing the gradients by it before the optimizer step restores their size:
        /// <code>
        /// using (torch.autocast(DeviceType.CUDA)) { loss = criterion(model.forward(x), y); }
        /// scaler.scale(loss).backward();
        /// scaler.step(optimizer);   // unscales, then steps unless a gradient is inf/NaN
        /// scaler.update();          // halves the scale after an overflow, doubles it after growth_interval good steps
        /// </code>
        /// The scale and the overflow flags stay on the device, so no step waits for the GPU except
        /// <see cref="step"/>, which must read the flag to decide whether to skip (as in PyTorch).
        /// bfloat16 has float32's range and needs no scaler. The kernels are libtorch's fused
        /// <c>_amp_foreach_non_finite_check_and_unscale_</c> and <c>_amp_update_scale_</c>; on a CPU without them
        /// (libtorch &lt; 2.3) the same arithmetic runs as ATen ops.
        /// </summary>
        public class GradScaler : IDisposable
        {
            private readonly Dictionary<optim.Optimizer, OptimizerState> _states = new(ReferenceEqualityComparer.Instance);
            private readonly double _initScale;
            private Tensor? _scale;
            private Tensor? _growthTracker;
            private bool _disposed;

            /// <summary>
            /// A scaler for gradients on <paramref name="device"/> ("cuda" or "cpu"). As in PyTorch, a CUDA scaler
            /// where CUDA is not available is created disabled (<see cref="is_enabled"/> is false and every method
            /// passes its input through), so the same training code runs on a CPU.
            /// </summary>
            /// <param name="device">Device type of the gradients.</param>
            /// <param name="init_scale">The first scale factor.</param>
            /// <param name="growth_factor">Multiplier after <paramref name="growth_interval"/> steps without overflow (&gt; 1).</param>
            /// <param name="backoff_factor">Multiplier after an overflow (in (0, 1)).</param>
            /// <param name="growth_interval">Consecutive good steps before growing the scale (&gt; 0).</param>
            /// <param name="enabled">False makes every method a pass-through (one code path for fp32 and fp16).</param>
            public GradScaler(string device = "cuda", double init_scale = 65536.0, double growth_factor = 2.0,
                double backoff_factor = 0.5, int growth_interval = 2000, bool enabled = true)
            {
                var type = new Device(device).type;
                if (growth_factor <= 1.0)
                {
                    throw new ArgumentException("The growth factor must be > 1.0.", nameof(growth_factor));
                }
                if (backoff_factor <= 0.0 || backoff_factor >= 1.0)
                {
                    throw new ArgumentException("The backoff factor must be < 1.0 and > 0.", nameof(backoff_factor));
                }
                if (growth_interval <= 0)
                {
                    throw new ArgumentException("growth_interval must be a positive integer.", nameof(growth_interval));
                }
                if (init_scale <= 0 || !double.IsFinite(init_scale))
                {
                    throw new ArgumentException("init_scale must be positive and finite.", nameof(init_scale));
                }
                this.device = type;
                _initScale = init_scale;
                this.growth_factor = growth_factor;
                this.backoff_factor = backoff_factor;
                this.growth_interval = growth_interval;
                Enabled = enabled && (type != DeviceType.CUDA || cuda.is_available());
            }

            private bool Enabled { get; }

            /// <summary>The device type of the gradients this scaler handles.</summary>
            public DeviceType device { get; }

            /// <summary>Multiplier applied after <see cref="growth_interval"/> consecutive steps without overflow.</summary>
            public double growth_factor { get; set; }

            /// <summary>Multiplier applied after a step with an inf or NaN gradient.</summary>
            public double backoff_factor { get; set; }

            /// <summary>Number of consecutive good steps before the scale grows.</summary>
            public int growth_interval { get; set; }

            /// <summary>Whether the scaler scales at all.</summary>
            public bool is_enabled() => Enabled;

            /// <summary>
            /// <paramref name="outputs"/> (usually the loss) times the current scale, as a new tensor; call
            /// <c>backward()</c> on the result. The scale is created on the outputs' device on first use.
            /// Disabled: returns <paramref name="outputs"/> itself.
            /// </summary>
            public Tensor scale(Tensor outputs)
            {
                ArgumentNullException.ThrowIfNull(outputs);
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (!Enabled)
                {
                    return outputs;
                }
                if (_scale is null)
                {
                    using var init = NewDisposeScope();
                    _scale = full([1], _initScale, float32, outputs.device).DetachFromDisposeScope();
                    _growthTracker = full([1], 0, int32, outputs.device).DetachFromDisposeScope();
                }
                using var scope = NewDisposeScope();
                return outputs.mul(_scale.to(outputs.device, non_blocking: true)).MoveToOuterDisposeScope();
            }

            /// <summary>
            /// Divides the gradients of <paramref name="optimizer"/>'s parameters by the scale in place and records
            /// whether any is inf or NaN. Call it explicitly only to inspect or clip the true gradients between
            /// <c>backward()</c> and <see cref="step"/>; at most once per optimizer per <see cref="update"/>.
            /// Gradients in float16 are rejected (keep the parameters, hence the gradients, in float32).
            /// </summary>
            public unsafe void unscale_(optim.Optimizer optimizer)
            {
                ArgumentNullException.ThrowIfNull(optimizer);
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (!Enabled)
                {
                    return;
                }
                var scaleTensor = RequireScale("unscale_");
                var state = StateOf(optimizer);
                if (state.Stage == Stage.Unscaled)
                {
                    throw new InvalidOperationException("unscale_() has already been called on this optimizer since the last update().");
                }
                if (state.Stage == Stage.Stepped)
                {
                    throw new InvalidOperationException("unscale_() is being called after step().");
                }
                var handles = optimizer.param_groups.SelectMany(g => g.parameters).Select(p => p.Handle).ToArray();
                using (var scope = NewDisposeScope())
                {
                    // The reciprocal in float64 and then rounded, as PyTorch computes it.
                    var inverse = scaleTensor.to(float64).reciprocal().to(float32);
                    var found = zeros([1], float32, scaleTensor.device);
                    fixed (IntPtr* p = handles)
                    {
                        Check(sts_amp_unscale_grads(p, handles.Length, inverse.Handle, found.Handle, 0));
                    }
                    state.FoundInf?.Dispose();
                    state.FoundInf = found.DetachFromDisposeScope();
                }
                state.Stage = Stage.Unscaled;
            }

            /// <summary>
            /// Unscales the gradients (unless <see cref="unscale_"/> already did) and runs
            /// <c>optimizer.step()</c> unless a gradient is inf or NaN, in which case the step is skipped and the
            /// parameters stay as they are. Returns the optimizer's return value, or null when skipped.
            /// Reading the overflow flag waits for the device here, as in PyTorch.
            /// </summary>
            public Tensor? step(optim.Optimizer optimizer)
            {
                ArgumentNullException.ThrowIfNull(optimizer);
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (!Enabled)
                {
                    return optimizer.step();
                }
                RequireScale("step");
                var state = StateOf(optimizer);
                if (state.Stage == Stage.Stepped)
                {
                    throw new InvalidOperationException("step() has already been called since the last update().");
                }
                if (state.Stage == Stage.Ready)
                {
                    unscale_(optimizer);
                }
                var found = state.FoundInf ?? throw new InvalidOperationException("No inf checks were recorded for this optimizer.");
                var overflow = found.item<float>() != 0;
                state.Stage = Stage.Stepped;
                return overflow ? null : optimizer.step();
            }

            /// <summary>
            /// Updates the scale after the iteration's <see cref="step"/>s: times <see cref="backoff_factor"/> if any
            /// optimizer saw an overflow (and the count of good steps restarts), times <see cref="growth_factor"/>
            /// after <see cref="growth_interval"/> good steps in a row. <paramref name="new_scale"/> sets the scale
            /// directly instead. Then every optimizer may be unscaled and stepped again.
            /// </summary>
            public void update(double? new_scale = null)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (!Enabled)
                {
                    return;
                }
                var scaleTensor = RequireScale("update");
                if (new_scale is double value)
                {
                    scaleTensor.fill_(value);
                }
                else
                {
                    var flags = _states.Values.Where(s => s.FoundInf is not null).Select(s => s.FoundInf!).ToList();
                    if (flags.Count == 0)
                    {
                        throw new InvalidOperationException("No inf checks were recorded prior to update().");
                    }
                    using var scope = NewDisposeScope();
                    var combined = flags[0].to(scaleTensor.device, non_blocking: true, copy: true);
                    foreach (var flag in flags.Skip(1))
                    {
                        combined.add_(flag.to(scaleTensor.device, non_blocking: true));
                    }
                    Check(sts_amp_update_scale(scaleTensor.Handle, _growthTracker!.Handle, combined.Handle,
                        growth_factor, backoff_factor, growth_interval));
                }
                ResetStates();
            }

            /// <summary>The current scale (the initial one before the first <see cref="scale"/>; 1 when disabled). Waits for the device.</summary>
            public double get_scale()
            {
                if (!Enabled)
                {
                    return 1.0;
                }
                return _scale is null ? _initScale : _scale.item<float>();
            }

            /// <summary>Consecutive good steps counted towards the next growth of the scale.</summary>
            public int get_growth_tracker() => _growthTracker is null ? 0 : _growthTracker.item<int>();

            /// <summary>
            /// The scaler's state as PyTorch names it (<c>scale</c>, <c>growth_factor</c>, <c>backoff_factor</c>,
            /// <c>growth_interval</c>, <c>_growth_tracker</c>), to checkpoint next to the optimizer's. Empty when disabled.
            /// </summary>
            public Dictionary<string, double> state_dict() => !Enabled
                ? []
                : new()
                {
                    ["scale"] = get_scale(),
                    ["growth_factor"] = growth_factor,
                    ["backoff_factor"] = backoff_factor,
                    ["growth_interval"] = growth_interval,
                    ["_growth_tracker"] = get_growth_tracker(),
                };

            /// <summary>Restores a <see cref="state_dict"/> (the scale tensors are created on <see cref="device"/>).</summary>
            public void load_state_dict(IReadOnlyDictionary<string, double> state)
            {
                ArgumentNullException.ThrowIfNull(state);
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (!Enabled)
                {
                    throw new InvalidOperationException("Loading a state into a disabled GradScaler: it would be ignored.");
                }
                if (state.Count == 0)
                {
                    throw new ArgumentException("The state dict is empty: it was saved from a disabled GradScaler.", nameof(state));
                }
                growth_factor = state["growth_factor"];
                backoff_factor = state["backoff_factor"];
                growth_interval = checked((int)state["growth_interval"]);
                _scale?.Dispose();
                _growthTracker?.Dispose();
                using var scope = NewDisposeScope();
                var where = new Device(device);
                _scale = full([1], state["scale"], float32, where).DetachFromDisposeScope();
                _growthTracker = full([1], checked((int)state["_growth_tracker"]), int32, where).DetachFromDisposeScope();
            }

            /// <summary>Frees the scale, growth tracker and overflow flags.</summary>
            public void Dispose()
            {
                if (_disposed)
                {
                    return;
                }
                _disposed = true;
                ResetStates();
                _scale?.Dispose();
                _growthTracker?.Dispose();
                GC.SuppressFinalize(this);
            }

            private Tensor RequireScale(string method) => _scale ?? throw new InvalidOperationException(
                $"Attempted {method} but the scale does not exist yet: call scaler.scale(loss) earlier in the iteration.");

            private OptimizerState StateOf(optim.Optimizer optimizer)
            {
                if (!_states.TryGetValue(optimizer, out var state))
                {
                    state = new OptimizerState();
                    _states.Add(optimizer, state);
                }
                return state;
            }

            private void ResetStates()
            {
                foreach (var state in _states.Values)
                {
                    state.FoundInf?.Dispose();
                }
                _states.Clear();
            }

            private enum Stage
            {
                Ready,
                Unscaled,
                Stepped,
            }

            /// <summary>Per optimizer, per iteration: how far it got and whether its gradients overflowed.</summary>
            private sealed class OptimizerState
            {
                internal Stage Stage;
                internal Tensor? FoundInf;
            }
        }
    }

    public static partial class cuda
    {
        /// <summary>CUDA mixed precision (<c>torch.cuda.amp</c>).</summary>
        public static class amp
        {
            /// <summary><see cref="torch.amp.GradScaler"/> for CUDA gradients (<c>torch.cuda.amp.GradScaler</c>).</summary>
            public sealed class GradScaler(double init_scale = 65536.0, double growth_factor = 2.0, double backoff_factor = 0.5,
                int growth_interval = 2000, bool enabled = true)
                : torch.amp.GradScaler("cuda", init_scale, growth_factor, backoff_factor, growth_interval, enabled);
        }
    }
}
