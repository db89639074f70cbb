using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using static Siamese.Torch.Native.NativeMethods;
using static Siamese.Torch.torch;

namespace Siamese.Torch;

/// <summary>
/// Reads and writes the safetensors format (the weight files of Hugging Face and <c>safetensors.torch</c>):
/// an 8-byte little-endian header length N, a UTF-8 JSON header of N bytes
/// <c>{"__metadata__": {...}, "name": {"dtype": "F32", "shape": [...], "data_offsets": [begin, end]}, ...}</c>
/// padded with spaces to a multiple of 8, then the raw little-endian tensor bytes, offsets relative to the
/// end of the header. Files written here load with <c>safetensors.torch.load_file</c>, and the other way round.
/// </summary>
public static class Safetensors
{
    /// <summary>The header limit of the reference implementation (a larger length means a corrupt file).</summary>
    private const long MaxHeaderBytes = 100_000_000;

    private const int LengthBytes = 8;
    private const int Alignment = 8;
    private const string MetadataKey = "__metadata__";

    private static readonly (string Name, ScalarType Type)[] DTypes =
    [
        ("F64", ScalarType.Float64), ("F32", ScalarType.Float32), ("F16", ScalarType.Float16), ("BF16", ScalarType.BFloat16),
        ("I64", ScalarType.Int64), ("I32", ScalarType.Int32), ("I16", ScalarType.Int16), ("I8", ScalarType.Int8),
        ("U8", ScalarType.Byte), ("BOOL", ScalarType.Bool),
    ];

    private static string DTypeName(ScalarType type) =>
        DTypes.FirstOrDefault(d => d.Type == type).Name ?? throw new ArgumentException($"safetensors cannot store dtype {type}");

    private static ScalarType DTypeOf(string name, string tensor) =>
        DTypes.FirstOrDefault(d => d.Name == name).Name is not null
            ? DTypes.First(d => d.Name == name).Type
            : throw new InvalidDataException($"safetensors: tensor '{tensor}' has unsupported dtype '{name}'");

    /// <summary>Writes <paramref name="tensors"/> (any device; copied to host) and optional string metadata to a file.</summary>
    public static void save_file(IReadOnlyDictionary<string, Tensor> tensors, string path, IReadOnlyDictionary<string, string>? metadata = null)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        save(tensors, stream, metadata);
    }

    /// <summary>Writes <paramref name="tensors"/> and optional metadata to <paramref name="stream"/>.</summary>
    public static unsafe void save(IReadOnlyDictionary<string, Tensor> tensors, Stream stream, IReadOnlyDictionary<string, string>? metadata = null)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("safetensors writing assumes a little-endian machine");
        }
        // As the reference writer: larger elements first, then by name, so every tensor stays aligned.
        var ordered = tensors.Select(kv => (Name: kv.Key, Tensor: kv.Value, Type: kv.Value.dtype))
            .OrderByDescending(e => ElementSize(e.Type)).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
        var header = new MemoryStream();
        long offset = 0;
        using (var json = new Utf8JsonWriter(header))
        {
            json.WriteStartObject();
            if (metadata is { Count: > 0 })
            {
                json.WriteStartObject(MetadataKey);
                foreach (var (k, v) in metadata)
                {
                    json.WriteString(k, v);
                }
                json.WriteEndObject();
            }
            foreach (var (name, tensor, type) in ordered)
            {
                if (name == MetadataKey)
                {
                    throw new ArgumentException($"'{MetadataKey}' is reserved and cannot name a tensor", nameof(tensors));
                }
                var bytes = tensor.numel() * ElementSize(type);
                json.WriteStartObject(name);
                json.WriteString("dtype", DTypeName(type));
                json.WriteStartArray("shape");
                foreach (var d in tensor.shape)
                {
                    json.WriteNumberValue(d);
                }
                json.WriteEndArray();
                json.WriteStartArray("data_offsets");
                json.WriteNumberValue(offset);
                json.WriteNumberValue(offset + bytes);
                json.WriteEndArray();
                json.WriteEndObject();
                offset += bytes;
            }
            json.WriteEndObject();
        }
        var padding = (Alignment - (int)(header.Length % Alignment)) % Alignment;
        for (var i = 0; i < padding; i++)
        {
            header.WriteByte((byte)' ');
        }
        Span<byte> length = stackalloc byte[LengthBytes];
        BinaryPrimitives.WriteUInt64LittleEndian(length, (ulong)header.Length);
        stream.Write(length);
        header.Position = 0;
        header.CopyTo(stream);
        foreach (var (_, tensor, type) in ordered)
        {
            var buffer = new byte[tensor.numel() * ElementSize(type)];
            fixed (byte* p = buffer)
            {
                Check(sts_tensor_copy_to_host(tensor.Handle, p, buffer.LongLength));
            }
            stream.Write(buffer);
        }
    }

    /// <summary>Writes to a byte array (Python's <c>safetensors.torch.save</c>).</summary>
    public static byte[] save(IReadOnlyDictionary<string, Tensor> tensors, IReadOnlyDictionary<string, string>? metadata = null)
    {
        using var memory = new MemoryStream();
        save(tensors, memory, metadata);
        return memory.ToArray();
    }

    /// <summary>
    /// Reads every tensor of a file onto the CPU, in file order. Tensors join the current dispose scope.
    /// Truncated or corrupt files throw <see cref="InvalidDataException"/> naming the problem.
    /// </summary>
    public static Dictionary<string, Tensor> load_file(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return load(stream);
    }

    /// <summary>Reads every tensor from bytes (Python's <c>safetensors.torch.load</c>).</summary>
    public static Dictionary<string, Tensor> load(byte[] data)
    {
        using var memory = new MemoryStream(data, writable: false);
        return load(memory);
    }

    /// <summary>Reads every tensor from a seekable stream positioned at the start of a safetensors blob.</summary>
    public static unsafe Dictionary<string, Tensor> load(Stream stream)
    {
        var (entries, _, dataStart, dataLength) = ReadHeader(stream);
        var result = new Dictionary<string, Tensor>();
        try
        {
            foreach (var e in entries)
            {
                var buffer = new byte[e.End - e.Begin];
                stream.Position = dataStart + e.Begin;
                stream.ReadExactly(buffer);
                fixed (byte* p = buffer)
                fixed (long* s = e.Shape)
                {
                    result[e.Name] = Tensor.Wrap(sts_tensor_from_blob(p, s, e.Shape.Length, (int)e.Type, out var h), h);
                }
            }
        }
        catch
        {
            foreach (var t in result.Values)
            {
                t.Dispose();
            }
            throw;
        }
        return result;
    }

    /// <summary>The string metadata of a file (empty when it has none).</summary>
    public static Dictionary<string, string> read_metadata(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return ReadHeader(stream).Metadata;
    }

    private sealed record Entry(string Name, ScalarType Type, long[] Shape, long Begin, long End);

    private static (List<Entry> Entries, Dictionary<string, string> Metadata, long DataStart, long DataLength) ReadHeader(Stream stream)
    {
        var start = stream.Position;
        var total = stream.Length - start;
        if (total < LengthBytes)
        {
            throw new InvalidDataException($"safetensors: the data is {total} bytes long, too short for the 8-byte header length (truncated or not a safetensors file)");
        }
        Span<byte> length = stackalloc byte[LengthBytes];
        stream.ReadExactly(length);
        var n = BinaryPrimitives.ReadUInt64LittleEndian(length);
        if (n > MaxHeaderBytes)
        {
            throw new InvalidDataException($"safetensors: header length {n} exceeds the {MaxHeaderBytes}-byte limit (corrupt or not a safetensors file)");
        }
        if ((long)n > total - LengthBytes)
        {
            throw new InvalidDataException($"safetensors: header length {n} runs past the end of the data ({total - LengthBytes} bytes after the length; the file is truncated)");
        }
        var header = new byte[n];
        stream.ReadExactly(header);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(header);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"safetensors: the header is not valid JSON: {ex.Message}", ex);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException("safetensors: the header is not a JSON object");
            }
            var entries = new List<Entry>();
            var metadata = new Dictionary<string, string>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name == MetadataKey)
                {
                    foreach (var m in property.Value.EnumerateObject())
                    {
                        metadata[m.Name] = m.Value.ValueKind == JsonValueKind.String
                            ? m.Value.GetString()!
                            : throw new InvalidDataException($"safetensors: metadata value '{m.Name}' is not a string");
                    }
                    continue;
                }
                entries.Add(ParseEntry(property));
            }
            var dataLength = total - LengthBytes - (long)n;
            ValidateOffsets(entries, dataLength);
            return (entries, metadata, start + LengthBytes + (long)n, dataLength);
        }
    }

    private static Entry ParseEntry(JsonProperty property)
    {
        var name = property.Name;
        try
        {
            var info = property.Value;
            var type = DTypeOf(info.GetProperty("dtype").GetString() ?? "", name);
            var shape = info.GetProperty("shape").EnumerateArray().Select(v => v.GetInt64()).ToArray();
            var offsets = info.GetProperty("data_offsets").EnumerateArray().Select(v => v.GetInt64()).ToArray();
            if (offsets.Length != 2 || offsets[0] < 0 || offsets[1] < offsets[0])
            {
                throw new InvalidDataException($"safetensors: tensor '{name}' has invalid data_offsets [{string.Join(", ", offsets)}]");
            }
            if (shape.Any(d => d < 0))
            {
                throw new InvalidDataException($"safetensors: tensor '{name}' has a negative dimension in shape [{string.Join(", ", shape)}]");
            }
            var count = shape.Aggregate(1L, (a, d) => checked(a * d));
            var expected = checked(count * ElementSize(type));
            if (offsets[1] - offsets[0] != expected)
            {
                throw new InvalidDataException($"safetensors: tensor '{name}' ({DTypeName(type)}, shape [{string.Join(", ", shape)}]) needs {expected} bytes but data_offsets [{offsets[0]}, {offsets[1]}] span {offsets[1] - offsets[0]}");
            }
            return new Entry(name, type, shape, offsets[0], offsets[1]);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException or OverflowException)
        {
            throw new InvalidDataException($"safetensors: malformed header entry for tensor '{name}': {ex.Message}", ex);
        }
    }

    // As the reference reader: tensors tile the data section exactly, without gaps or overlaps.
    private static void ValidateOffsets(List<Entry> entries, long dataLength)
    {
        long position = 0;
        foreach (var e in entries.OrderBy(e => e.Begin).ThenBy(e => e.End))
        {
            if (e.Begin != position)
            {
                throw new InvalidDataException($"safetensors: tensor '{e.Name}' starts at byte {e.Begin} of the data, expected {position} (overlapping or missing data)");
            }
            position = e.End;
        }
        if (position != dataLength)
        {
            throw new InvalidDataException(position > dataLength
                ? $"safetensors: the header describes {position} bytes of tensor data but the file holds {dataLength} (the file is truncated)"
                : $"safetensors: the file holds {dataLength} bytes of tensor data but the header describes only {position}");
        }
    }
}
