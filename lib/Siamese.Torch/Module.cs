using System.Reflection;

namespace Siamese.Torch;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>
        /// Base of every layer and model, as <c>torch.nn.Module</c>: owns parameters, buffers and child
        /// modules under names (the keys of <c>state_dict()</c>, e.g. <c>"conv1.weight"</c>, the same
        /// keys PyTorch uses for the same architecture). Subclasses declare private fields and call
        /// <see cref="RegisterComponents"/> at the end of their constructor, as in TorchSharp.
        /// </summary>
        public abstract partial class Module : IDisposable
        {
            private readonly List<(string Name, Parameter? Value)> _parameters = [];
            private readonly List<(string Name, Tensor? Value)> _buffers = [];
            private readonly List<(string Name, Module Value)> _modules = [];
            private bool _disposed;

            /// <summary>Creates a module; <paramref name="name"/> is its type name in summaries.</summary>
            protected Module(string name)
            {
                Name = name;
            }

            /// <summary>The module's type name (e.g. "Linear").</summary>
            public string Name { get; }

            /// <summary>The module's type name (TorchSharp's accessor).</summary>
            public string GetName() => Name;

            /// <summary>True in training mode (dropout active, batch norm updating statistics).</summary>
            public bool training { get; private set; } = true;

            // ---- registration ------------------------------------------------------------------

            /// <summary>
            /// Registers every field of the concrete type (and its bases) that holds a <see cref="Module"/>,
            /// <see cref="Parameter"/> or buffer <see cref="Tensor"/>, in declaration order, under the field's
            /// name without a leading underscore. Call it at the end of the constructor.
            /// </summary>
            protected void RegisterComponents()
            {
                var types = new Stack<Type>();
                for (var t = GetType(); t != null && t != typeof(Module); t = t.BaseType)
                {
                    types.Push(t);
                }
                foreach (var type in types)
                {
                    var fields = type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                        .Where(f => !f.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)) || f.Name.Contains("k__BackingField"))
                        .OrderBy(f => f.MetadataToken);
                    foreach (var field in fields)
                    {
                        var name = FieldName(field.Name);
                        switch (field.GetValue(this))
                        {
                            case Parameter p when !Has(name):
                                register_parameter(name, p);
                                break;
                            case Module m when !Has(name):
                                register_module(name, m);
                                break;
                            case Tensor t when !Has(name):
                                register_buffer(name, t);
                                break;
                        }
                    }
                }
            }

            private static string FieldName(string raw)
            {
                // Auto-properties compile to "<Name>k__BackingField".
                if (raw.StartsWith('<') && raw.Contains('>'))
                {
                    raw = raw[1..raw.IndexOf('>')];
                }
                return raw.TrimStart('_');
            }

            private bool Has(string name) =>
                _parameters.Any(p => p.Name == name) || _buffers.Any(b => b.Name == name) || _modules.Any(m => m.Name == name);

            private static void CheckName(string name)
            {
                if (string.IsNullOrEmpty(name) || name.Contains('.'))
                {
                    throw new ArgumentException($"Invalid component name '{name}': names must be non-empty and contain no '.'.", nameof(name));
                }
            }

            /// <summary>Adds (or replaces) a parameter under <paramref name="name"/>; null registers "no parameter" (e.g. bias=false).</summary>
            public void register_parameter(string name, Parameter? parameter)
            {
                CheckName(name);
                var i = _parameters.FindIndex(p => p.Name == name);
                if (i >= 0)
                {
                    _parameters[i] = (name, parameter);
                }
                else
                {
                    _parameters.Add((name, parameter));
                }
            }

            /// <summary>Adds (or replaces) a buffer: state saved in <c>state_dict()</c> but not trained (e.g. running mean).</summary>
            public void register_buffer(string name, Tensor? buffer)
            {
                CheckName(name);
                buffer?.DetachFromDisposeScope();
                var i = _buffers.FindIndex(p => p.Name == name);
                if (i >= 0)
                {
                    _buffers[i] = (name, buffer);
                }
                else
                {
                    _buffers.Add((name, buffer));
                }
            }

            /// <summary>Adds (or replaces) a child module.</summary>
            public void register_module(string name, Module module)
            {
                CheckName(name);
                var i = _modules.FindIndex(p => p.Name == name);
                if (i >= 0)
                {
                    _modules[i] = (name, module);
                }
                else
                {
                    _modules.Add((name, module));
                }
            }

            // ---- enumeration -------------------------------------------------------------------

            /// <summary>Parameters with dotted names (<c>"encoder.conv1.weight"</c>), each once even if shared.</summary>
            public IEnumerable<(string name, Parameter parameter)> named_parameters(bool recurse = true)
            {
                var seen = new HashSet<Parameter>(ReferenceEqualityComparer.Instance);
                foreach (var (prefix, module) in recurse ? named_modules() : [("", this)])
                {
                    foreach (var (name, p) in module._parameters)
                    {
                        if (p != null && seen.Add(p))
                        {
                            yield return (Join(prefix, name), p);
                        }
                    }
                }
            }

            /// <summary>All trainable and frozen parameters (each once).</summary>
            public IEnumerable<Parameter> parameters(bool recurse = true) => named_parameters(recurse).Select(p => p.parameter);

            /// <summary>Buffers with dotted names.</summary>
            public IEnumerable<(string name, Tensor buffer)> named_buffers(bool recurse = true)
            {
                foreach (var (prefix, module) in recurse ? named_modules() : [("", this)])
                {
                    foreach (var (name, b) in module._buffers)
                    {
                        if (b != null)
                        {
                            yield return (Join(prefix, name), b);
                        }
                    }
                }
            }

            /// <summary>All buffers.</summary>
            public IEnumerable<Tensor> buffers(bool recurse = true) => named_buffers(recurse).Select(b => b.buffer);

            /// <summary>Direct children with their names.</summary>
            public IEnumerable<(string name, Module module)> named_children() => _modules.Select(m => (m.Name, m.Value));

            /// <summary>Direct children.</summary>
            public IEnumerable<Module> children() => _modules.Select(m => m.Value);

            /// <summary>This module (name "") and every descendant with dotted names, depth first, each once.</summary>
            public IEnumerable<(string name, Module module)> named_modules()
            {
                var seen = new HashSet<Module>(ReferenceEqualityComparer.Instance);
                return Walk("", this, seen);
            }

            private static IEnumerable<(string, Module)> Walk(string prefix, Module module, HashSet<Module> seen)
            {
                if (!seen.Add(module))
                {
                    yield break;
                }
                yield return (prefix, module);
                foreach (var (name, child) in module._modules)
                {
                    foreach (var item in Walk(Join(prefix, name), child, seen))
                    {
                        yield return item;
                    }
                }
            }

            /// <summary>This module and every descendant.</summary>
            public IEnumerable<Module> modules() => named_modules().Select(m => m.module);

            private static string Join(string prefix, string name) => prefix.Length == 0 ? name : prefix + "." + name;

            // ---- modes and gradients -------------------------------------------------------------

            /// <summary>Sets training mode on this module and all descendants; returns this.</summary>
            public Module train(bool mode = true)
            {
                foreach (var m in modules())
                {
                    m.training = mode;
                }
                return this;
            }

            /// <summary>Evaluation mode (dropout off, batch norm uses running statistics); returns this.</summary>
            public Module eval() => train(false);

            /// <summary>Clears the gradients of every parameter (to None by default, as PyTorch 2 does).</summary>
            public void zero_grad(bool set_to_none = true)
            {
                foreach (var p in parameters())
                {
                    if (set_to_none)
                    {
                        p.grad = null;
                    }
                    else
                    {
                        using var g = p.grad;
                        g?.zero_();
                    }
                }
            }

            /// <summary>Number of elements over all parameters (trainable or not).</summary>
            public long ParameterCount() => parameters().Sum(p => p.numel());

            // ---- devices and dtypes ---------------------------------------------------------------

            /// <summary>Moves every parameter and buffer to <paramref name="device"/> in place; returns this.</summary>
            public Module to(Device device) => Apply(t => t.to(device));

            /// <summary>Converts every floating-point parameter and buffer to <paramref name="type"/>; returns this.</summary>
            public Module to(ScalarType type) => Apply(t => is_floating_point(t.dtype) ? t.to(type) : t.alias());

            /// <summary>Moves to <paramref name="device"/> and converts floating-point state to <paramref name="type"/>.</summary>
            public Module to(ScalarType type, Device device) => Apply(t => is_floating_point(t.dtype) ? t.to(type, device) : t.to(device));

            /// <summary>Moves to the CPU.</summary>
            public Module cpu() => to(CPU);

            /// <summary>Moves to the current CUDA device.</summary>
            public Module cuda() => to(CUDA);

            private Module Apply(Func<Tensor, Tensor> convert)
            {
                using var noGrad = no_grad();
                foreach (var t in parameters().Cast<Tensor>().Concat(buffers()))
                {
                    using var moved = convert(t);
                    t.set_data(moved);
                }
                return this;
            }

            // ---- disposal ---------------------------------------------------------------------------

            /// <summary>Disposes every parameter, buffer and child module.</summary>
            public void Dispose()
            {
                Dispose(true);
                GC.SuppressFinalize(this);
            }

            /// <summary>Releases native state; override to release extra resources.</summary>
            protected virtual void Dispose(bool disposing)
            {
                if (_disposed || !disposing)
                {
                    return;
                }
                _disposed = true;
                foreach (var (_, m) in _modules)
                {
                    m.Dispose();
                }
                foreach (var (_, p) in _parameters)
                {
                    p?.Dispose();
                }
                foreach (var (_, b) in _buffers)
                {
                    b?.Dispose();
                }
            }
        }
    }
}
