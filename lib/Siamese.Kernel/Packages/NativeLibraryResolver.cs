using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace Siamese.Kernel.Packages;

/// <summary>
/// Makes the native libraries of restored packages findable: a <c>[DllImport("foo")]</c> in a package assembly
/// that the runtime cannot resolve by itself is looked up as foo, libfoo.so and foo.so in each package's native
/// folder. Hooks every assembly load context (Roslyn loads cell references into one of its own).
/// </summary>
internal sealed class NativeLibraryResolver : IDisposable
{
    private readonly object gate = new();
    private readonly List<string> directories = [];
    private readonly HashSet<AssemblyLoadContext> hooked = [];

    public NativeLibraryResolver()
    {
        AppDomain.CurrentDomain.AssemblyLoad += OnAssemblyLoad;
        Hook(AssemblyLoadContext.Default);
    }

    /// <summary>Adds folders to search (duplicates ignored).</summary>
    public void AddDirectories(IEnumerable<string> folders)
    {
        lock (gate)
        {
            directories.AddRange(folders.Where(f => !directories.Contains(f)));
        }
    }

    private void OnAssemblyLoad(object? sender, AssemblyLoadEventArgs e)
    {
        if (AssemblyLoadContext.GetLoadContext(e.LoadedAssembly) is { } context)
        {
            Hook(context);
        }
    }

    private void Hook(AssemblyLoadContext context)
    {
        lock (gate)
        {
            if (hooked.Add(context))
            {
                context.ResolvingUnmanagedDll += Resolve;
            }
        }
    }

    private IntPtr Resolve(Assembly assembly, string name)
    {
        string[] folders;
        lock (gate)
        {
            folders = [.. directories];
        }
        string[] candidates = [name, $"lib{name}.so", $"{name}.so", $"lib{name}"];
        foreach (var path in folders.SelectMany(f => candidates.Select(c => Path.Combine(f, c))))
        {
            if (File.Exists(path) && NativeLibrary.TryLoad(path, out var handle))
            {
                return handle;
            }
        }
        return IntPtr.Zero;
    }

    public void Dispose()
    {
        AppDomain.CurrentDomain.AssemblyLoad -= OnAssemblyLoad;
        lock (gate)
        {
            foreach (var context in hooked)
            {
                context.ResolvingUnmanagedDll -= Resolve;
            }
            hooked.Clear();
        }
    }
}
