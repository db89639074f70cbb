using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis.Scripting.Hosting;

namespace Siamese.Kernel.Scripting;

/// <summary>
/// Loads every assembly a notebook references (<c>#r "path"</c>, <c>#r "nuget: …"</c>) and their dependencies into
/// .NET's default load context, once per simple name, and tells Roslyn's script loader about each. Left to itself,
/// Roslyn loads a referenced assembly and its dependencies through load contexts of its own, and an assembly
/// reached along two paths can be loaded twice: Plotly.NET then met two copies of FSharp.Core and failed with
/// MissingMethodException inside Giraffe.ViewEngine. .NET Interactive behaves the same way (one copy per name).
/// </summary>
internal sealed class DefaultContextLoader
{
    private readonly ConcurrentDictionary<string, string> pathsByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> directories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> added = new(StringComparer.Ordinal);

    /// <summary>Hooks the default context's resolution and registers what is already loaded.</summary>
    public DefaultContextLoader()
    {
        AppDomain.CurrentDomain.AssemblyLoad += (_, e) => Register(e.LoadedAssembly);
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            Register(assembly);
        }
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            name.Name is { } simple && pathsByName.TryGetValue(simple, out var path) ? context.LoadFromAssemblyPath(path) : null;
    }

    /// <summary>The loader to give Roslyn's scripts.</summary>
    public InteractiveAssemblyLoader Loader { get; } = new();

    /// <summary>
    /// Makes <paramref name="path"/> (and the assemblies beside it, its likely dependencies) resolvable by name and
    /// loads it into the default context unless an assembly of that name is loaded already (the first one wins).
    /// </summary>
    /// <param name="path">A referenced assembly file.</param>
    public void Add(string path)
    {
        var full = Path.GetFullPath(path);
        if (!added.TryAdd(full, true))
        {
            // Every cell's options list the restored packages again; each file is handled once.
            return;
        }
        var name = Path.GetFileNameWithoutExtension(full);
        pathsByName.TryAdd(name, full);
        if (Path.GetDirectoryName(full) is { } directory && directories.TryAdd(directory, true))
        {
            foreach (var dll in Directory.EnumerateFiles(directory, "*.dll"))
            {
                pathsByName.TryAdd(Path.GetFileNameWithoutExtension(dll), dll);
            }
        }
        if (AppDomain.CurrentDomain.GetAssemblies().All(a => !string.Equals(a.GetName().Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            try
            {
                AssemblyLoadContext.Default.LoadFromAssemblyPath(pathsByName[name]);
            }
            catch (BadImageFormatException)
            {
                // A native library or a reference assembly: Roslyn reports what it can do with it.
            }
        }
    }

    private void Register(Assembly assembly)
    {
        if (!assembly.IsDynamic && AssemblyLoadContext.GetLoadContext(assembly) == AssemblyLoadContext.Default)
        {
            Loader.RegisterDependency(assembly);
        }
    }
}
