using System.Collections;
using System.Diagnostics.CodeAnalysis;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>Child modules by name, in insertion order, registered under their keys; no forward of its own.</summary>
public sealed class ModuleDict<T> : nn.Module, IDictionary<string, T> where T : nn.Module
{
    private readonly List<KeyValuePair<string, T>> _items = [];

    /// <summary>Creates the dictionary from (name, module) pairs.</summary>
    public ModuleDict(params (string name, T module)[] modules) : base(nameof(ModuleDict<T>))
    {
        foreach (var (name, module) in modules)
        {
            Add(name, module);
        }
    }

    private int Find(string key) => _items.FindIndex(kv => kv.Key == key);

    /// <inheritdoc/>
    public T this[string key]
    {
        get => TryGetValue(key, out var v) ? v : throw new KeyNotFoundException($"no module named '{key}' in this ModuleDict");
        set
        {
            var i = Find(key);
            if (i >= 0)
            {
                _items[i] = new(key, value);
            }
            else
            {
                _items.Add(new(key, value));
            }
            register_module(key, value);
        }
    }

    /// <inheritdoc/>
    public ICollection<string> Keys => _items.Select(kv => kv.Key).ToList();

    /// <inheritdoc/>
    public ICollection<T> Values => _items.Select(kv => kv.Value).ToList();

    /// <inheritdoc/>
    public int Count => _items.Count;

    /// <inheritdoc/>
    public bool IsReadOnly => false;

    /// <inheritdoc/>
    public void Add(string key, T value)
    {
        if (Find(key) >= 0)
        {
            throw new ArgumentException($"a module named '{key}' already exists in this ModuleDict", nameof(key));
        }
        this[key] = value;
    }

    /// <inheritdoc/>
    public void Add(KeyValuePair<string, T> item) => Add(item.Key, item.Value);

    /// <summary>Removes every module (without disposing them).</summary>
    public void Clear()
    {
        _items.Clear();
        ClearModules();
    }

    /// <inheritdoc/>
    public bool Contains(KeyValuePair<string, T> item) => _items.Contains(item);

    /// <inheritdoc/>
    public bool ContainsKey(string key) => Find(key) >= 0;

    /// <inheritdoc/>
    public void CopyTo(KeyValuePair<string, T>[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, T>> GetEnumerator() => _items.GetEnumerator();

    /// <summary>Removes a module (without disposing it).</summary>
    public bool Remove(string key)
    {
        var i = Find(key);
        if (i < 0)
        {
            return false;
        }
        _items.RemoveAt(i);
        ClearModules();
        foreach (var (k, v) in _items)
        {
            register_module(k, v);
        }
        return true;
    }

    /// <inheritdoc/>
    public bool Remove(KeyValuePair<string, T> item) => Contains(item) && Remove(item.Key);

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out T value)
    {
        var i = Find(key);
        value = i >= 0 ? _items[i].Value : default;
        return i >= 0;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
