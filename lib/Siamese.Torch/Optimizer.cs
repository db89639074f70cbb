using System.Globalization;
using static Siamese.Torch.torch.nn;
using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    public static partial class optim
    {
        /// <summary>
        /// Base of the optimizers (<c>torch.optim.Optimizer</c>): parameter groups with per-group options,
        /// lazily created per-parameter state, <see cref="step"/>, <see cref="zero_grad"/> and a
        /// <see cref="state_dict"/> that resumes training exactly. Each parameter's update runs as one fused
        /// native call (lib/native/src/optim.cpp) implementing PyTorch 1.13's single-tensor algorithm, so a
        /// step allocates no .NET tensors and leaves the live-tensor count unchanged.
        /// </summary>
        public abstract class Optimizer : IDisposable
        {
            private const string StepKey = "step";
            private const string ParamsKey = "params";
            private const string InitialLrKey = "initial_lr";

            private readonly List<ParamGroup> _groups = [];
            private readonly List<ParameterState?[]> _states = [];
            private readonly List<IntPtr[]> _handles = [];
            private readonly HashSet<Parameter> _known = new(ReferenceEqualityComparer.Instance);
            private readonly Dictionary<string, double> _defaults;
            private readonly Action<string, double> _check;
            private readonly string[] _slotNames;
            private readonly bool _countsSteps;
            private bool _disposed;

            /// <summary>
            /// Sets up an optimizer called <paramref name="name"/> whose options and their defaults are
            /// <paramref name="defaults"/> (validated with <paramref name="check"/>), whose per-parameter state
            /// tensors are named <paramref name="slotNames"/> (PyTorch's state keys, in the order the native step
            /// takes them) and which counts steps per parameter when <paramref name="countsSteps"/>.
            /// </summary>
            private protected Optimizer(string name, IEnumerable<ParamGroup> groups, Dictionary<string, double> defaults,
                Action<string, double> check, string[] slotNames, bool countsSteps)
            {
                ArgumentNullException.ThrowIfNull(groups);
                Name = name;
                _check = check;
                foreach (var (option, value) in defaults)
                {
                    check(option, value);
                }
                _defaults = defaults;
                _slotNames = slotNames;
                _countsSteps = countsSteps;
                foreach (var group in groups)
                {
                    add_param_group(group);
                }
                if (_groups.Count == 0)
                {
                    throw new ArgumentException($"{name} got an empty parameter list.", nameof(groups));
                }
            }

            /// <summary>The optimizer's name (e.g. "Adam").</summary>
            public string Name { get; }

            /// <summary>The parameter groups, in the order they were added.</summary>
            public IReadOnlyList<ParamGroup> param_groups => _groups;

            /// <summary>The default options, used for options a group does not set.</summary>
            public IReadOnlyDictionary<string, double> defaults => _defaults;

            /// <summary>
            /// Adds a group (e.g. layers unfrozen during fine-tuning). Missing options are taken from
            /// <see cref="defaults"/>; unknown or invalid options, non-leaf tensors and parameters already in
            /// another group throw <see cref="ArgumentException"/>.
            /// </summary>
            public void add_param_group(ParamGroup param_group)
            {
                ArgumentNullException.ThrowIfNull(param_group);
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (param_group.optimizer is not null)
                {
                    throw new ArgumentException("The parameter group already belongs to an optimizer; make a new ParamGroup.", nameof(param_group));
                }
                foreach (var (option, value) in param_group.options)
                {
                    CheckOption(option, value);
                }
                var seen = new HashSet<Parameter>(ReferenceEqualityComparer.Instance);
                foreach (var p in param_group.parameters)
                {
                    if (p is null)
                    {
                        throw new ArgumentException("A parameter group contains a null parameter.", nameof(param_group));
                    }
                    if (!p.is_leaf)
                    {
                        throw new ArgumentException("can't optimize a non-leaf Tensor", nameof(param_group));
                    }
                    if (_known.Contains(p) || !seen.Add(p))
                    {
                        throw new ArgumentException("some parameters appear in more than one parameter group", nameof(param_group));
                    }
                }
                param_group.FillFrom(_defaults);
                CheckGroup(param_group);
                _known.UnionWith(seen);
                param_group.optimizer = this;
                _groups.Add(param_group);
                _states.Add(new ParameterState?[param_group.parameters.Count]);
                _handles.Add(new IntPtr[param_group.parameters.Count]);
            }

            /// <summary>Validates one option: unknown names and out-of-range values throw <see cref="ArgumentException"/>.</summary>
            internal void CheckOption(string option, double value)
            {
                if (!_defaults.ContainsKey(option))
                {
                    throw new ArgumentException(
                        $"{Name} has no option '{option}' (its options: {string.Join(", ", _defaults.Keys)}).", nameof(option));
                }
                _check(option, value);
            }

            /// <summary>Checks combinations of options (after defaults are filled in); the default accepts all.</summary>
            private protected virtual void CheckGroup(ParamGroup group)
            {
            }

            /// <summary>
            /// Updates every parameter that has a gradient (parameters without one are skipped, as in PyTorch).
            /// With a <paramref name="closure"/>, first re-evaluates the loss with gradients enabled and returns it.
            /// </summary>
            public Tensor? step(Func<Tensor>? closure = null)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                Tensor? loss = null;
                if (closure is not null)
                {
                    using (enable_grad())
                    {
                        loss = closure();
                    }
                }
                // The native steps run under their own no-grad guard.
                for (var g = 0; g < _groups.Count; g++)
                {
                    StepGroup(_groups[g], _states[g]);
                }
                return loss;
            }

            /// <summary>Applies one update to every parameter of <paramref name="group"/>.</summary>
            private protected abstract void StepGroup(ParamGroup group, ParameterState?[] states);

            /// <summary>
            /// Drops (<paramref name="set_to_none"/>, the default as in PyTorch 2 and TorchSharp) or zeroes the
            /// gradients of every optimized parameter: one native call per group.
            /// </summary>
            public unsafe void zero_grad(bool set_to_none = true)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                for (var g = 0; g < _groups.Count; g++)
                {
                    var parameters = _groups[g].parameters;
                    var handles = _handles[g];
                    for (var i = 0; i < handles.Length; i++)
                    {
                        handles[i] = parameters[i].Handle;
                    }
                    fixed (IntPtr* h = handles)
                    {
                        Check(sts_optim_zero_grad(h, handles.Length, set_to_none ? 1 : 0));
                    }
                }
            }

            // ---- per-parameter state ---------------------------------------------------------------------------

            /// <summary>The state of one parameter: its step count and its state tensors by slot.</summary>
            private protected sealed class ParameterState
            {
                internal ParameterState(int slots)
                {
                    Tensors = new Tensor?[slots];
                }

                /// <summary>Updates applied so far (PyTorch's <c>state['step']</c>).</summary>
                internal long Step;

                /// <summary>State tensors (owned by the optimizer, outside any dispose scope), by slot.</summary>
                internal Tensor?[] Tensors { get; }

                internal void Dispose()
                {
                    foreach (var t in Tensors)
                    {
                        t?.Dispose();
                    }
                }
            }

            /// <summary>
            /// Puts the state handles of parameter <paramref name="index"/> into <paramref name="slots"/> (zero for a
            /// slot not created yet) and returns its step count.
            /// </summary>
            private protected unsafe long LoadSlots(ParameterState?[] states, int index, IntPtr* slots)
            {
                var state = states[index];
                for (var s = 0; s < _slotNames.Length; s++)
                {
                    slots[s] = state?.Tensors[s]?.Handle ?? IntPtr.Zero;
                }
                return state?.Step ?? 0;
            }

            /// <summary>
            /// Takes ownership of state tensors the native step created in <paramref name="slots"/> and counts the
            /// step when the parameter was updated. Call it before checking the native status, so tensors created
            /// before a failure are still owned (and freed) by the optimizer.
            /// </summary>
            private protected unsafe void StoreSlots(ParameterState?[] states, int index, IntPtr* slots, int stepped)
            {
                var state = states[index];
                for (var s = 0; s < _slotNames.Length; s++)
                {
                    if (slots[s] != IntPtr.Zero && state?.Tensors[s] is null)
                    {
                        state ??= states[index] = new ParameterState(_slotNames.Length);
                        state.Tensors[s] = new Tensor(slots[s]).DetachFromDisposeScope();
                    }
                }
                if (stepped != 0 && _countsSteps)
                {
                    state ??= states[index] = new ParameterState(_slotNames.Length);
                    state.Step++;
                }
            }

            /// <summary>The number of state slots of this optimizer (the length of the native state array).</summary>
            private protected int SlotCount => _slotNames.Length;

            // ---- state_dict ---------------------------------------------------------------------------------

            /// <summary>
            /// The optimizer's state as named tensors, ready to be saved (e.g. with safetensors) and loaded into a
            /// fresh optimizer over the same parameters to resume training exactly. Parameters are numbered over
            /// all groups in order, as in PyTorch. Keys:
            /// <list type="bullet">
            /// <item><c>state.&lt;i&gt;.&lt;name&gt;</c>: copies of the state tensors (<c>exp_avg</c>, <c>momentum_buffer</c>, ...);</item>
            /// <item><c>state.&lt;i&gt;.step</c>: the step count (float64 scalar), for optimizers that count steps;</item>
            /// <item><c>param_groups.&lt;g&gt;.&lt;option&gt;</c>: each option of group g (float64 scalar; flags as 1/0),
            /// plus <c>initial_lr</c> once a scheduler set it;</item>
            /// <item><c>param_groups.&lt;g&gt;.params</c>: the indices of the group's parameters (int64, shape [n]).</item>
            /// </list>
            /// The caller owns the returned tensors (they join the current dispose scope, if any).
            /// </summary>
            public Dictionary<string, Tensor> state_dict()
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                var result = new Dictionary<string, Tensor>(StringComparer.Ordinal);
                var index = 0;
                for (var g = 0; g < _groups.Count; g++)
                {
                    var group = _groups[g];
                    foreach (var (option, value) in group.options)
                    {
                        result[GroupKey(g, option)] = tensor(value, ScalarType.Float64);
                    }
                    if (group.initial_lr is double initial)
                    {
                        result[GroupKey(g, InitialLrKey)] = tensor(initial, ScalarType.Float64);
                    }
                    var indices = new long[group.parameters.Count];
                    for (var i = 0; i < indices.Length; i++)
                    {
                        indices[i] = index + i;
                    }
                    result[GroupKey(g, ParamsKey)] = tensor(indices, [indices.Length]);
                    for (var i = 0; i < indices.Length; i++)
                    {
                        if (_states[g][i] is not { } state)
                        {
                            continue;
                        }
                        if (_countsSteps)
                        {
                            result[StateKey(index + i, StepKey)] = tensor((double)state.Step, ScalarType.Float64);
                        }
                        for (var s = 0; s < _slotNames.Length; s++)
                        {
                            if (state.Tensors[s] is { } t)
                            {
                                Check(sts_optim_clone(t.Handle, out var copy));
                                result[StateKey(index + i, _slotNames[s])] = new Tensor(copy);
                            }
                        }
                    }
                    index += indices.Length;
                }
                return result;
            }

            /// <summary>
            /// Restores options and state saved by <see cref="state_dict"/> from an optimizer of the same kind over
            /// parameters of the same shapes in the same groups. State tensors are copied (to each parameter's
            /// device and dtype); the dictionary stays the caller's. Mismatched groups, unknown keys or shapes throw
            /// <see cref="ArgumentException"/> and leave this optimizer unchanged.
            /// </summary>
            public void load_state_dict(IReadOnlyDictionary<string, Tensor> state_dict)
            {
                ArgumentNullException.ThrowIfNull(state_dict);
                ObjectDisposedException.ThrowIf(_disposed, this);
                var groupOptions = _groups.Select(_ => new Dictionary<string, double>(StringComparer.Ordinal)).ToList();
                var initialLrs = new double?[_groups.Count];
                var total = _groups.Sum(g => g.parameters.Count);
                var loaded = new ParameterState?[total];
                var savedGroups = new bool[_groups.Count];
                try
                {
                    foreach (var (key, value) in state_dict)
                    {
                        var parts = key.Split('.');
                        if (parts.Length != 3 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                        {
                            throw new ArgumentException($"Unexpected key '{key}' in an optimizer state_dict.", nameof(state_dict));
                        }
                        if (parts[0] == "param_groups")
                        {
                            if (n >= _groups.Count)
                            {
                                throw new ArgumentException($"loaded state dict has a different number of parameter groups (key '{key}', optimizer has {_groups.Count}).", nameof(state_dict));
                            }
                            if (parts[2] == ParamsKey)
                            {
                                if (value.numel() != _groups[n].parameters.Count)
                                {
                                    throw new ArgumentException("loaded state dict contains a parameter group that doesn't match the size of optimizer's group", nameof(state_dict));
                                }
                                savedGroups[n] = true;
                            }
                            else if (parts[2] == InitialLrKey)
                            {
                                initialLrs[n] = value.item<double>();
                            }
                            else
                            {
                                var v = value.item<double>();
                                CheckOption(parts[2], v);
                                groupOptions[n][parts[2]] = v;
                            }
                        }
                        else if (parts[0] == "state")
                        {
                            if (n >= total)
                            {
                                throw new ArgumentException($"State for parameter {n} in the state_dict, but the optimizer has {total} parameters.", nameof(state_dict));
                            }
                            var state = loaded[n] ??= new ParameterState(_slotNames.Length);
                            if (parts[2] == StepKey && _countsSteps)
                            {
                                state.Step = (long)value.item<double>();
                                continue;
                            }
                            var slot = Array.IndexOf(_slotNames, parts[2]);
                            if (slot < 0)
                            {
                                throw new ArgumentException($"{Name} has no state '{parts[2]}' (key '{key}').", nameof(state_dict));
                            }
                            var (g, i) = Locate(n);
                            Check(sts_optim_clone_like(value.Handle, _groups[g].parameters[i].Handle, out var copy));
                            state.Tensors[slot] = new Tensor(copy).DetachFromDisposeScope();
                        }
                        else
                        {
                            throw new ArgumentException($"Unexpected key '{key}' in an optimizer state_dict.", nameof(state_dict));
                        }
                    }
                    var missing = Array.IndexOf(savedGroups, false);
                    if (missing >= 0)
                    {
                        throw new ArgumentException($"loaded state dict has a different number of parameter groups (group {missing} is missing).", nameof(state_dict));
                    }
                }
                catch
                {
                    foreach (var s in loaded)
                    {
                        s?.Dispose();
                    }
                    throw;
                }

                for (var g = 0; g < _groups.Count; g++)
                {
                    foreach (var (option, value) in groupOptions[g])
                    {
                        _groups[g][option] = value;
                    }
                    _groups[g].initial_lr = initialLrs[g];
                }
                var index = 0;
                for (var g = 0; g < _groups.Count; g++)
                {
                    var states = _states[g];
                    for (var i = 0; i < states.Length; i++)
                    {
                        states[i]?.Dispose();
                        states[i] = loaded[index++];
                    }
                }
            }

            private (int group, int index) Locate(int flatIndex)
            {
                for (var g = 0; g < _groups.Count; g++)
                {
                    var count = _groups[g].parameters.Count;
                    if (flatIndex < count)
                    {
                        return (g, flatIndex);
                    }
                    flatIndex -= count;
                }
                throw new ArgumentOutOfRangeException(nameof(flatIndex));
            }

            private static string GroupKey(int group, string name) =>
                string.Create(CultureInfo.InvariantCulture, $"param_groups.{group}.{name}");

            private static string StateKey(int index, string name) =>
                string.Create(CultureInfo.InvariantCulture, $"state.{index}.{name}");

            // ---- validation helpers for the concrete optimizers -----------------------------------------------

            /// <summary>Throws unless <paramref name="value"/> is at least zero (PyTorch's "Invalid ... value").</summary>
            private protected static void NonNegative(string what, double value)
            {
                if (!(value >= 0))
                {
                    throw new ArgumentException($"Invalid {what}: {value.ToString(CultureInfo.InvariantCulture)} (must be >= 0).", what);
                }
            }

            /// <summary>Throws unless 0 &lt;= <paramref name="value"/> &lt; 1 (betas) or &lt;= 1 (rho).</summary>
            private protected static void UnitInterval(string what, double value, bool includeOne)
            {
                if (!(value >= 0 && (includeOne ? value <= 1 : value < 1)))
                {
                    var bound = includeOne ? "[0, 1]" : "[0, 1)";
                    throw new ArgumentException($"Invalid {what}: {value.ToString(CultureInfo.InvariantCulture)} (must be in {bound}).", what);
                }
            }

            /// <summary>The message for a negative learning rate, shared by every optimizer.</summary>
            private protected static void LearningRate(double value)
            {
                if (!(value >= 0))
                {
                    throw new ArgumentException($"Invalid learning rate: {value.ToString(CultureInfo.InvariantCulture)} (must be >= 0).", "lr");
                }
            }

            /// <summary>Frees the optimizer's state tensors (the parameters stay the caller's).</summary>
            public void Dispose()
            {
                if (_disposed)
                {
                    return;
                }
                _disposed = true;
                foreach (var states in _states)
                {
                    foreach (var s in states)
                    {
                        s?.Dispose();
                    }
                    Array.Clear(states);
                }
                GC.SuppressFinalize(this);
            }
        }
    }
}
