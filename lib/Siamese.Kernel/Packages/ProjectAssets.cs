using System.Runtime.InteropServices;
using System.Text.Json.Nodes;

namespace Siamese.Kernel.Packages;

/// <summary>
/// Reads NuGet's <c>obj/project.assets.json</c>: for the target framework, each package's runtime assemblies
/// (platform-specific ones replacing portable ones of the same name) and the folders of its native libraries
/// for this platform (the runtime identifier, its OS family, or unix).
/// </summary>
internal static class ProjectAssets
{
    private const string Placeholder = "_._";

    public static RestoredPackages Read(string assetsFile, string targetFramework)
    {
        var root = JsonNode.Parse(File.ReadAllText(assetsFile))!.AsObject();
        var packagesFolder = root["packageFolders"]!.AsObject().First().Key;
        var libraries = root["libraries"]!.AsObject();
        var target = root["targets"]![targetFramework]!.AsObject();
        var rids = PlatformRids();
        var assemblies = new List<string>();
        var natives = new List<string>();
        foreach (var (key, package) in target)
        {
            if (package?["type"]?.GetValue<string>() != "package" || libraries[key]?["path"]?.GetValue<string>() is not { } relative)
            {
                continue;
            }
            var folder = Path.Combine(packagesFolder, relative);
            var runtime = Paths(package["runtime"]).ToDictionary(p => Path.GetFileName(p), p => p, StringComparer.Ordinal);
            foreach (var (path, asset) in package["runtimeTargets"]?.AsObject() ?? [])
            {
                if (asset?["rid"]?.GetValue<string>() is not { } rid || !rids.Contains(rid) || Path.GetFileName(path) == Placeholder)
                {
                    continue;
                }
                switch (asset["assetType"]?.GetValue<string>())
                {
                    case "runtime":
                        runtime[Path.GetFileName(path)] = path;
                        break;
                    case "native":
                        natives.Add(Path.GetDirectoryName(Path.Combine(folder, path))!);
                        break;
                }
            }
            assemblies.AddRange(runtime.Values.Select(p => Path.GetFullPath(Path.Combine(folder, p))));
        }
        return new RestoredPackages(assemblies, [.. natives.Distinct(StringComparer.Ordinal)]);
    }

    private static IEnumerable<string> Paths(JsonNode? assets) =>
        (assets?.AsObject() ?? []).Select(a => a.Key).Where(p => Path.GetFileName(p) != Placeholder);

    /// <summary>This process's runtime identifier and its fallbacks, most specific first (linux-x64, linux, unix).</summary>
    private static HashSet<string> PlatformRids()
    {
        var rid = RuntimeInformation.RuntimeIdentifier;
        var os = rid.Split('-')[0];
        return new HashSet<string>(StringComparer.Ordinal) { rid, os, "unix", "any" };
    }
}
