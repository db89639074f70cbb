namespace Siamese.Torch;

public static partial class torch
{
    public static partial class nn
    {
        public abstract partial class Module
        {
            /// <summary>
            /// Parameters and buffers by dotted name in PyTorch's order (each module's parameters, then its
            /// buffers, then its children), the same keys PyTorch gives the same architecture. The values are
            /// the module's own tensors (as in TorchSharp): do not dispose them.
            /// </summary>
            public Dictionary<string, Tensor> state_dict(Dictionary<string, Tensor>? destination = null, string? prefix = null)
            {
                destination ??= [];
                SaveState(destination, prefix ?? "");
                return destination;
            }

            private void SaveState(Dictionary<string, Tensor> destination, string prefix)
            {
                foreach (var (name, p) in _parameters)
                {
                    if (p is not null)
                    {
                        destination[prefix + name] = p;
                    }
                }
                foreach (var (name, b) in _buffers)
                {
                    if (b is not null)
                    {
                        destination[prefix + name] = b;
                    }
                }
                foreach (var (name, m) in _modules)
                {
                    m.SaveState(destination, prefix + name + ".");
                }
            }

            /// <summary>
            /// Copies the values of <paramref name="source"/> into this module's parameters and buffers (in place,
            /// without recording gradients, converting dtype and device). A shape mismatch always throws, naming
            /// the key; missing and unexpected keys throw when <paramref name="strict"/> and are returned otherwise.
            /// Nothing is copied when it throws.
            /// </summary>
            public (IList<string> missing_keys, IList<string> unexpected_keys) load_state_dict(IReadOnlyDictionary<string, Tensor> source, bool strict = true)
            {
                var own = state_dict();
                var missing = own.Keys.Where(k => !source.ContainsKey(k)).ToList();
                var unexpected = source.Keys.Where(k => !own.ContainsKey(k)).ToList();
                var errors = new List<string>();
                if (strict && missing.Count > 0)
                {
                    errors.Add($"Missing key(s) in state_dict: {string.Join(", ", missing.Select(k => $"\"{k}\""))}.");
                }
                if (strict && unexpected.Count > 0)
                {
                    errors.Add($"Unexpected key(s) in state_dict: {string.Join(", ", unexpected.Select(k => $"\"{k}\""))}.");
                }
                foreach (var (key, target) in own)
                {
                    if (source.TryGetValue(key, out var value))
                    {
                        var from = value.shape;
                        var to = target.shape;
                        if (!from.SequenceEqual(to))
                        {
                            errors.Add($"size mismatch for {key}: copying a param with shape [{string.Join(", ", from)}] from checkpoint, the shape in current model is [{string.Join(", ", to)}].");
                        }
                    }
                }
                if (errors.Count > 0)
                {
                    throw new ArgumentException($"Error(s) in loading state_dict for {Name}:\n\t{string.Join("\n\t", errors)}", nameof(source));
                }
                foreach (var (key, target) in own)
                {
                    if (source.TryGetValue(key, out var value))
                    {
                        Native.NativeMethods.Check(Native.NativeMethods.sts_nn_copy_no_grad(target.Handle, value.Handle));
                    }
                }
                return (missing, unexpected);
            }

            /// <summary>Writes <see cref="state_dict"/> to a safetensors file (readable by <c>safetensors.torch.load_file</c>); returns this.</summary>
            public Module save(string path)
            {
                Safetensors.save_file(state_dict(), path, new Dictionary<string, string> { ["format"] = "pt" });
                return this;
            }

            /// <summary>Loads parameters and buffers from a safetensors file (see <see cref="load_state_dict"/>); returns this.</summary>
            public Module load(string path, bool strict = true)
            {
                var loaded = Safetensors.load_file(path);
                try
                {
                    load_state_dict(loaded, strict);
                }
                finally
                {
                    foreach (var t in loaded.Values)
                    {
                        t.Dispose();
                    }
                }
                return this;
            }
        }
    }
}
