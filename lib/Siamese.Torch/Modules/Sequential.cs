using System.Collections;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>
/// Runs its children in order, each output feeding the next. Children are named "0", "1", ... (plain form)
/// or by the given names, which become the <c>state_dict()</c> prefixes, as in PyTorch.
/// </summary>
public sealed class Sequential : nn.Module<Tensor, Tensor>, IReadOnlyList<nn.Module<Tensor, Tensor>>
{
    private readonly List<(string Name, nn.Module<Tensor, Tensor> Module)> _layers = [];

    /// <summary>Creates the container from named layers.</summary>
    public Sequential(params (string name, nn.Module<Tensor, Tensor> module)[] modules) : base(nameof(Sequential))
    {
        foreach (var (name, module) in modules)
        {
            append(name, module);
        }
    }

    /// <summary>Creates the container from layers named "0", "1", ....</summary>
    public Sequential(params nn.Module<Tensor, Tensor>[] modules) : base(nameof(Sequential))
    {
        foreach (var module in modules)
        {
            append(module);
        }
    }

    /// <summary>Adds a layer at the end, named by its position.</summary>
    public Sequential append(nn.Module<Tensor, Tensor> module) => append(_layers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), module);

    /// <summary>Adds a named layer at the end.</summary>
    public Sequential append(string name, nn.Module<Tensor, Tensor> module)
    {
        if (_layers.Any(l => l.Name == name))
        {
            throw new ArgumentException($"a layer named '{name}' already exists in this Sequential", nameof(name));
        }
        register_module(name, module);
        _layers.Add((name, module));
        return this;
    }

    /// <summary>Number of layers.</summary>
    public int Count => _layers.Count;

    /// <summary>The layer at <paramref name="index"/>.</summary>
    public nn.Module<Tensor, Tensor> this[int index] => _layers[index].Module;

    /// <inheritdoc/>
    public IEnumerator<nn.Module<Tensor, Tensor>> GetEnumerator() => _layers.Select(l => l.Module).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Runs the layers in order (an empty Sequential returns a new handle on its input).</summary>
    public override Tensor forward(Tensor input)
    {
        if (_layers.Count == 0)
        {
            return input.alias();
        }
        var x = input;
        foreach (var (_, module) in _layers)
        {
            x = module.call(x);
        }
        return x;
    }
}
