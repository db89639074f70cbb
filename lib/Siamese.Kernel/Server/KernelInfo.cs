using System.Text.Json.Nodes;
using Siamese.Kernel.Protocol;

namespace Siamese.Kernel.Server;

/// <summary>
/// What the kernel says about itself (<c>kernel_info_reply</c>) and its language: front ends take the file
/// extension for downloads, the mimetype and CodeMirror mode for editing, the Pygments lexer for nbconvert's
/// highlighting and the help links for their Help menu.
/// </summary>
internal static class KernelInfo
{
    public const string Implementation = "siamese-csharp";

    /// <summary>The documentation of the tensor library the notebooks use (front ends list it under Help).</summary>
    public const string TorchSharpDocs = "https://github.com/dotnet/TorchSharp";

    /// <summary>
    /// Environment variable with the URL of the suite's notebooks README, set by install-kernelspec.sh (the
    /// repository has no fixed web address, so the kernelspec points at the checkout it was installed from).
    /// </summary>
    public const string NotebooksReadmeVariable = "SIAMESE_NOTEBOOKS_README";

    public static JsonObject LanguageInfo() => new()
    {
        ["name"] = "csharp",
        ["version"] = "14.0",
        ["mimetype"] = "text/x-csharp",
        ["file_extension"] = ".cs",
        ["pygments_lexer"] = "csharp",
        ["codemirror_mode"] = "text/x-csharp",
    };

    public static JsonObject Reply() => new()
    {
        ["status"] = "ok",
        ["protocol_version"] = JupyterMessage.ProtocolVersion,
        ["implementation"] = Implementation,
        ["implementation_version"] = typeof(KernelInfo).Assembly.GetName().Version?.ToString(3) ?? "1.0.0",
        ["language_info"] = LanguageInfo(),
        ["banner"] = $"C# (.NET {Environment.Version}) with Roslyn scripting - the Siamese networks tutorial kernel",
        ["help_links"] = HelpLinks(),
        ["debugger"] = false,
    };

    /// <summary>TorchSharp's docs and, when the kernelspec names it, the notebooks README.</summary>
    public static JsonArray HelpLinks()
    {
        var links = new JsonArray(new JsonObject { ["text"] = "TorchSharp", ["url"] = TorchSharpDocs });
        if (Environment.GetEnvironmentVariable(NotebooksReadmeVariable) is { Length: > 0 } readme)
        {
            links.Add(new JsonObject { ["text"] = "Siamese notebooks README", ["url"] = readme });
        }
        return links;
    }
}
