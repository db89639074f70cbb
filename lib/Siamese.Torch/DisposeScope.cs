namespace Siamese.Torch;

/// <summary>
/// Disposes every tensor created on this thread while it is the innermost open scope, unless a
/// tensor was moved out (<see cref="torch.Tensor.MoveToOuterDisposeScope"/>) or detached
/// (<see cref="torch.Tensor.DetachFromDisposeScope"/>). One scope per training step keeps memory
/// flat over any number of steps. Created by <see cref="torch.NewDisposeScope"/>; as in TorchSharp.
/// </summary>
public sealed class DisposeScope : IDisposable
{
    // Scopes nest per thread; the stack is the open scopes of the current thread only.
    [ThreadStatic] private static Stack<DisposeScope>? _open;

    private readonly HashSet<torch.Tensor> _tensors = new(ReferenceEqualityComparer.Instance);
    private bool _disposed;

    internal DisposeScope(DisposeScope? outer)
    {
        OuterScope = outer;
    }

    /// <summary>The scope that was innermost when this one opened, or null.</summary>
    public DisposeScope? OuterScope { get; }

    /// <summary>How many tensors this scope will dispose.</summary>
    public int Count => _tensors.Count;

    internal static DisposeScope? Current => _open is { Count: > 0 } stack ? stack.Peek() : null;

    internal static DisposeScope Open()
    {
        _open ??= new Stack<DisposeScope>();
        var scope = new DisposeScope(Current);
        _open.Push(scope);
        return scope;
    }

    internal void Add(torch.Tensor tensor)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _tensors.Add(tensor);
    }

    internal bool Remove(torch.Tensor tensor) => _tensors.Remove(tensor);

    /// <summary>Moves <paramref name="tensor"/> to the outer scope (or to no scope) and returns it.</summary>
    public torch.Tensor MoveToOuter(torch.Tensor tensor)
    {
        tensor.MoveToOuterDisposeScope();
        return tensor;
    }

    /// <summary>Disposes every tensor still owned by this scope and closes it.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        if (_open is { Count: > 0 } stack)
        {
            // Scopes close in LIFO order in correct code; tolerate an out-of-order close.
            if (ReferenceEquals(stack.Peek(), this))
            {
                stack.Pop();
            }
            else
            {
                var kept = stack.Where(s => !ReferenceEquals(s, this)).Reverse().ToArray();
                stack.Clear();
                foreach (var s in kept)
                {
                    stack.Push(s);
                }
            }
        }
        foreach (var tensor in _tensors)
        {
            tensor.DisposeFromScope();
        }
        _tensors.Clear();
    }
}
