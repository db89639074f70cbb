using System.Text.Json.Nodes;
using Siamese.Kernel.Protocol;

namespace Siamese.Kernel.Server;

/// <summary>What the kernel says about itself (<c>kernel_info_reply</c>) and its language.</summary>
internal static class KernelInfo
{
    public const string Implementation = "siamese-csharp";

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
        ["help_links"] = new JsonArray(),
        ["debugger"] = false,
    };
}
