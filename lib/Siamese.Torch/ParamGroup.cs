using System.Globalization;
using static Siamese.Torch.torch.nn;

namespace Siamese.Torch;

public static partial class torch
{
    public static partial class optim
    {
        /// <summary>
        /// A parameter group, as one dict of PyTorch's <c>optimizer.param_groups</c>: a list of parameters and
        /// the options (<c>lr</c>, <c>momentum</c>, <c>weight_decay</c>, ...) used to update them. Options not
        /// given here are filled from the optimizer's defaults when the group is added, so per-layer learning
        /// rates, momenta and L2 penalties (Koch et al.) are groups that override only what differs.
        /// Options stay mutable: a learning-rate scheduler (or a training loop) changes <see cref="lr"/> or
        /// <c>group["momentum"]</c> between steps. Flags (<c>nesterov</c>, <c>amsgrad</c>, <c>centered</c>,
        /// <c>maximize</c>) are stored as 1 or 0.
        /// </summary>
        public sealed class ParamGroup
        {
            private readonly Parameter[] _parameters;
            private readonly SortedDictionary<string, double> _options = new(StringComparer.Ordinal);

            /// <summary>
            /// A group of <paramref name="parameters"/> with option overrides; leave an option null to take the
            /// optimizer's default. An option the optimizer does not have (e.g. <c>rho</c> for SGD) is rejected
            /// when the group is added.
            /// </summary>
            public ParamGroup(IEnumerable<Parameter> parameters, double? lr = null, double? momentum = null,
                double? dampening = null, double? weight_decay = null, bool? nesterov = null, double? beta1 = null,
                double? beta2 = null, double? eps = null, bool? amsgrad = null, bool? maximize = null,
                double? rho = null, double? alpha = null, bool? centered = null)
            {
                ArgumentNullException.ThrowIfNull(parameters);
                _parameters = parameters.ToArray();
                Set("lr", lr);
                Set("momentum", momentum);
                Set("dampening", dampening);
                Set("weight_decay", weight_decay);
                Set("nesterov", nesterov);
                Set("beta1", beta1);
                Set("beta2", beta2);
                Set("eps", eps);
                Set("amsgrad", amsgrad);
                Set("maximize", maximize);
                Set("rho", rho);
                Set("alpha", alpha);
                Set("centered", centered);
            }

            private void Set(string name, double? value)
            {
                if (value is double v)
                {
                    _options[name] = v;
                }
            }

            private void Set(string name, bool? value)
            {
                if (value is bool v)
                {
                    _options[name] = v ? 1 : 0;
                }
            }

            /// <summary>The parameters updated with this group's options.</summary>
            public IReadOnlyList<Parameter> parameters => _parameters;

            /// <summary>The options by name (PyTorch's keys; flags as 1 or 0).</summary>
            public IReadOnlyDictionary<string, double> options => _options;

            /// <summary>The optimizer this group belongs to (null until added to one).</summary>
            public Optimizer? optimizer { get; internal set; }

            /// <summary>The learning rate used by the next <c>step()</c>.</summary>
            public double lr
            {
                get => this["lr"];
                set => this["lr"] = value;
            }

            /// <summary>
            /// The learning rate a scheduler started from (PyTorch's <c>group['initial_lr']</c>), set by the first
            /// scheduler attached to the optimizer; null before.
            /// </summary>
            public double? initial_lr { get; set; }

            /// <summary>
            /// An option by its PyTorch name (<c>group["momentum"]</c>). Setting an option the optimizer does not
            /// have throws <see cref="ArgumentException"/>; values are validated as in the optimizer's constructor.
            /// </summary>
            public double this[string option]
            {
                get
                {
                    if (!_options.TryGetValue(option, out var value))
                    {
                        throw new KeyNotFoundException(
                            $"The parameter group has no option '{option}' (options: {string.Join(", ", _options.Keys)}).");
                    }
                    return value;
                }
                set
                {
                    if (optimizer is not null)
                    {
                        optimizer.CheckOption(option, value);
                    }
                    _options[option] = value;
                }
            }

            /// <summary>A flag option (stored as 1 or 0) as a bool.</summary>
            internal bool Flag(string option) => this[option] != 0;

            /// <summary>Fills options missing from this group with <paramref name="defaults"/>.</summary>
            internal void FillFrom(IReadOnlyDictionary<string, double> defaults)
            {
                foreach (var (name, value) in defaults)
                {
                    _options.TryAdd(name, value);
                }
            }

            /// <inheritdoc />
            public override string ToString() =>
                $"ParamGroup({_parameters.Length} parameters; " +
                string.Join(", ", _options.Select(o => $"{o.Key}={o.Value.ToString(CultureInfo.InvariantCulture)}")) + ")";
        }
    }
}
