using System.Text.Json;
using System.Text.Json.Serialization;

namespace Siamese.Kernel.Protocol;

/// <summary>The connection file Jupyter hands a kernel: where to bind each channel and the signing key.</summary>
internal sealed record ConnectionInfo
{
    [JsonPropertyName("transport")] public string Transport { get; init; } = "tcp";
    [JsonPropertyName("ip")] public string Ip { get; init; } = "127.0.0.1";
    [JsonPropertyName("shell_port")] public int ShellPort { get; init; }
    [JsonPropertyName("iopub_port")] public int IopubPort { get; init; }
    [JsonPropertyName("stdin_port")] public int StdinPort { get; init; }
    [JsonPropertyName("control_port")] public int ControlPort { get; init; }
    [JsonPropertyName("hb_port")] public int HeartbeatPort { get; init; }
    [JsonPropertyName("key")] public string Key { get; init; } = "";
    [JsonPropertyName("signature_scheme")] public string SignatureScheme { get; init; } = "hmac-sha256";

    public static ConnectionInfo Load(string path) =>
        JsonSerializer.Deserialize<ConnectionInfo>(File.ReadAllText(path))
        ?? throw new InvalidDataException($"empty connection file {path}");

    /// <summary>The ZeroMQ endpoint of a port: tcp://ip:port, or ipc://ip-port as Jupyter names IPC sockets.</summary>
    public string Endpoint(int port) =>
        Transport == "ipc" ? $"ipc://{Ip}-{port}" : $"{Transport}://{Ip}:{port}";
}
