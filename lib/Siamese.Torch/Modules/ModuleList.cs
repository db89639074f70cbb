using System.Collections;
using System.Globalization;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>
/// A list of child modules registered under "0", "1", ... (so their parameters are found and saved),
/// with no forward of its own.
/// </summary>
public sealed class ModuleList<T> : nn.Module, IList<T> where T : nn.Module
{
    private readonly List<T> _items = [];

    /// <summary>Creates the list from <paramref name="modules"/>.</summary>
    public ModuleList(params T[] modules) : base(nameof(ModuleList<T>))
    {
        foreach (var m in modules)
        {
            Add(m);
        }
    }

    private void Renumber()
    {
        ClearModules();
        for (var i = 0; i < _items.Count; i++)
        {
            register_module(i.ToString(CultureInfo.InvariantCulture), _items[i]);
        }
    }

    /// <inheritdoc/>
    public T this[int index]
    {
        get => _items[index];
        set
        {
            _items[index] = value;
            register_module(index.ToString(CultureInfo.InvariantCulture), value);
        }
    }

    /// <inheritdoc/>
    public int Count => _items.Count;

    /// <inheritdoc/>
    public bool IsReadOnly => false;

    /// <inheritdoc/>
    public void Add(T item)
    {
        _items.Add(item);
        register_module((_items.Count - 1).ToString(CultureInfo.InvariantCulture), item);
    }

    /// <summary>Adds a module at the end (PyTorch's name).</summary>
    public ModuleList<T> append(T item)
    {
        Add(item);
        return this;
    }

    /// <summary>Adds modules at the end.</summary>
    public ModuleList<T> extend(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            Add(item);
        }
        return this;
    }

    /// <summary>Removes every module (without disposing them).</summary>
    public void Clear()
    {
        _items.Clear();
        Renumber();
    }

    /// <inheritdoc/>
    public bool Contains(T item) => _items.Contains(item);

    /// <inheritdoc/>
    public void CopyTo(T[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc/>
    public int IndexOf(T item) => _items.IndexOf(item);

    /// <summary>Inserts a module; the ones after it are renumbered.</summary>
    public void Insert(int index, T item)
    {
        _items.Insert(index, item);
        Renumber();
    }

    /// <summary>Removes a module (without disposing it); the ones after it are renumbered.</summary>
    public bool Remove(T item)
    {
        var removed = _items.Remove(item);
        Renumber();
        return removed;
    }

    /// <summary>Removes the module at <paramref name="index"/>; the ones after it are renumbered.</summary>
    public void RemoveAt(int index)
    {
        _items.RemoveAt(index);
        Renumber();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
