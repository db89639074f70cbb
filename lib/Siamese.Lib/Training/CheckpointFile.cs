using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Siamese.Torch;
using static Siamese.Torch.torch;

namespace Siamese.Lib.Training;

/// <summary>
/// Reads and writes named tensors in the safetensors format (8-byte little-endian header length, a JSON
/// header with dtype, shape and byte offsets per tensor, then the raw little-endian bytes), the format PyTorch
/// and Hugging Face tools read. Kept minimal and internal: a stand-in until the engine's own safetensors
/// support is merged, after which the trainer should call that instead (same files).
/// </summary>
internal static class CheckpointFile
{
    private static readonly Dictionary<ScalarType, string> Codes = new()
    {
        [ScalarType.Float32] = "F32",
        [ScalarType.Float64] = "F64",
        [ScalarType.Int64] = "I64",
        [ScalarType.Int32] = "I32",
        [ScalarType.Byte] = "U8",
        [ScalarType.Bool] = "BOOL",
    };

    /// <summary>Writes the tensors (copied to the host) and string metadata; replaces the file atomically.</summary>
    public static void Save(string path, IEnumerable<KeyValuePair<string, Tensor>> tensors, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var header = new JsonObject();
        if (metadata is { Count: > 0 })
        {
            var meta = new JsonObject();
            foreach (var (k, v) in metadata)
            {
                meta[k] = v;
            }
            header["__metadata__"] = meta;
        }
        var blobs = new List<byte[]>();
        long offset = 0;
        foreach (var (name, t) in tensors.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!Codes.TryGetValue(t.dtype, out var code))
            {
                throw new NotSupportedException($"Checkpoint tensor '{name}' has dtype {t.dtype}, which this writer does not store.");
            }
            var bytes = HostBytes(t);
            header[name] = new JsonObject
            {
                ["dtype"] = code,
                ["shape"] = new JsonArray(t.shape.Select(s => (JsonNode)s).ToArray()),
                ["data_offsets"] = new JsonArray(offset, offset + bytes.Length),
            };
            blobs.Add(bytes);
            offset += bytes.Length;
        }
        var json = Encoding.UTF8.GetBytes(header.ToJsonString());
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory != null)
        {
            Directory.CreateDirectory(directory);
        }
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            Span<byte> length = stackalloc byte[8];
            BinaryPrimitives.WriteUInt64LittleEndian(length, (ulong)json.Length);
            stream.Write(length);
            stream.Write(json);
            foreach (var blob in blobs)
            {
                stream.Write(blob);
            }
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads every tensor (on the CPU) and the metadata.</summary>
    public static (Dictionary<string, Tensor> Tensors, Dictionary<string, string> Metadata) Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 8)
        {
            throw new InvalidDataException($"'{path}' is too short to be a safetensors file.");
        }
        var length = (long)BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        if (length > bytes.Length - 8)
        {
            throw new InvalidDataException($"'{path}' declares a {length}-byte header but holds only {bytes.Length} bytes: truncated or not safetensors.");
        }
        using var document = JsonDocument.Parse(bytes.AsMemory(8, (int)length));
        var dataStart = 8 + length;
        var tensors = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            if (entry.Name == "__metadata__")
            {
                foreach (var m in entry.Value.EnumerateObject())
                {
                    metadata[m.Name] = m.Value.GetString() ?? "";
                }
                continue;
            }
            var code = entry.Value.GetProperty("dtype").GetString();
            var type = Codes.FirstOrDefault(c => c.Value == code).Key;
            if (code is null || !Codes.ContainsValue(code))
            {
                throw new InvalidDataException($"Tensor '{entry.Name}' in '{path}' has unsupported dtype {code}.");
            }
            var shape = entry.Value.GetProperty("shape").EnumerateArray().Select(e => e.GetInt64()).ToArray();
            var offsets = entry.Value.GetProperty("data_offsets").EnumerateArray().Select(e => e.GetInt64()).ToArray();
            if (offsets.Length != 2 || offsets[0] < 0 || offsets[1] < offsets[0] || dataStart + offsets[1] > bytes.Length)
            {
                throw new InvalidDataException($"Tensor '{entry.Name}' in '{path}' points outside the file: truncated?");
            }
            var span = bytes.AsSpan((int)(dataStart + offsets[0]), (int)(offsets[1] - offsets[0]));
            tensors[entry.Name] = FromBytes(span, type, shape, entry.Name);
        }
        return (tensors, metadata);
    }

    private static byte[] HostBytes(Tensor t)
    {
        using var scope = NewDisposeScope();
        var cpu = t.detach().cpu().contiguous();
        return t.dtype switch
        {
            ScalarType.Float32 => MemoryMarshal.AsBytes(cpu.data<float>().AsSpan()).ToArray(),
            ScalarType.Float64 => MemoryMarshal.AsBytes(cpu.data<double>().AsSpan()).ToArray(),
            ScalarType.Int64 => MemoryMarshal.AsBytes(cpu.data<long>().AsSpan()).ToArray(),
            ScalarType.Int32 => MemoryMarshal.AsBytes(cpu.data<int>().AsSpan()).ToArray(),
            ScalarType.Byte => cpu.data<byte>(),
            ScalarType.Bool => cpu.data<bool>().Select(b => b ? (byte)1 : (byte)0).ToArray(),
            _ => throw new NotSupportedException(t.dtype.ToString()),
        };
    }

    private static Tensor FromBytes(ReadOnlySpan<byte> span, ScalarType type, long[] shape, string name)
    {
        var count = shape.Aggregate(1L, (a, b) => a * b);
        var size = type switch
        {
            ScalarType.Float32 or ScalarType.Int32 => 4,
            ScalarType.Float64 or ScalarType.Int64 => 8,
            _ => 1,
        };
        if (span.Length != count * size)
        {
            throw new InvalidDataException($"Tensor '{name}' has {span.Length} bytes for shape [{string.Join(", ", shape)}] of {type}.");
        }
        return type switch
        {
            ScalarType.Float32 => tensor(MemoryMarshal.Cast<byte, float>(span).ToArray(), shape),
            ScalarType.Float64 => tensor(MemoryMarshal.Cast<byte, double>(span).ToArray(), shape),
            ScalarType.Int64 => tensor(MemoryMarshal.Cast<byte, long>(span).ToArray(), shape),
            ScalarType.Int32 => tensor(MemoryMarshal.Cast<byte, int>(span).ToArray(), shape),
            ScalarType.Byte => tensor(span.ToArray(), shape),
            _ => tensor(span.ToArray().Select(b => b != 0).ToArray(), shape),
        };
    }
}
