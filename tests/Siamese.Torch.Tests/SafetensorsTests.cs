using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests;

public class SafetensorsTests
{
    private static Dictionary<string, Tensor> Sample() => new()
    {
        ["f32"] = tensor(new float[] { 1.5f, -2.25f, 3e-8f, 4e10f, 0, -0f }, [2, 3]),
        ["f64"] = tensor(Math.PI),
        ["i64"] = tensor(new long[] { long.MinValue, -1, 0, long.MaxValue }),
        ["i32"] = tensor(new int[] { int.MinValue, 7 }, [2, 1]),
        ["u8"] = tensor(new byte[] { 0, 128, 255 }),
        ["bool"] = tensor(new bool[] { true, false, true }),
        ["f16"] = tensor(new float[] { 0.5f, -1.25f, 1024f }).to(ScalarType.Float16),
        ["bf16"] = tensor(new float[] { 0.5f, -3f }).to(ScalarType.BFloat16),
        ["empty"] = zeros([0, 3]),
    };

    private static void AssertSame(Tensor expected, Tensor actual)
    {
        Assert.Equal(expected.dtype, actual.dtype);
        Assert.Equal(expected.shape, actual.shape);
        Assert.Equal(expected.to(ScalarType.Float64).data<double>(), actual.to(ScalarType.Float64).data<double>());
    }

    [Fact]
    public void RoundTripKeepsDtypesShapesValuesAndMetadata()
    {
        using var scope = NewDisposeScope();
        var sample = Sample();
        var bytes = Safetensors.save(sample, new Dictionary<string, string> { ["note"] = "ünïcode ok" });
        var headerLength = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        Assert.Equal(0UL, (headerLength + 8) % 8);
        var header = Encoding.UTF8.GetString(bytes, 8, (int)headerLength);
        Assert.StartsWith("{\"__metadata__\":{\"note\":", header);
        var loaded = Safetensors.load(bytes);
        Assert.Equal(sample.Keys.Order(), loaded.Keys.Order());
        foreach (var (k, v) in sample)
        {
            AssertSame(v, loaded[k]);
        }
    }

    [Fact]
    public void TruncatedAndCorruptDataGiveClearErrors()
    {
        using var scope = NewDisposeScope();
        var bytes = Safetensors.save(Sample());
        var ex = Assert.Throws<InvalidDataException>(() => Safetensors.load(bytes[..^5]));
        Assert.Contains("truncated", ex.Message);
        Assert.Contains("too short", Assert.Throws<InvalidDataException>(() => Safetensors.load(bytes[..5])).Message);
        var huge = (byte[])bytes.Clone();
        BinaryPrimitives.WriteUInt64LittleEndian(huge, 1UL << 40);
        Assert.Contains("exceeds", Assert.Throws<InvalidDataException>(() => Safetensors.load(huge)).Message);
        var notJson = (byte[])bytes.Clone();
        notJson[8] = (byte)'x';
        Assert.Contains("not valid JSON", Assert.Throws<InvalidDataException>(() => Safetensors.load(notJson)).Message);
        var badLength = Encoding.UTF8.GetBytes("{\"a\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}");
        var blob = new byte[8 + badLength.Length + 8];
        BinaryPrimitives.WriteUInt64LittleEndian(blob, (ulong)badLength.Length);
        badLength.CopyTo(blob, 8);
        Assert.Contains("needs 12 bytes", Assert.Throws<InvalidDataException>(() => Safetensors.load(blob)).Message);
    }

    private const string PythonScript = """
        import json, struct, sys
        import torch
        DT = {"F64": torch.float64, "F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16, "I64": torch.int64,
              "I32": torch.int32, "I16": torch.int16, "I8": torch.int8, "U8": torch.uint8, "BOOL": torch.bool}
        def read(path):
            data = open(path, "rb").read()
            n = struct.unpack("<Q", data[:8])[0]
            assert (8 + n) % 8 == 0, "header not padded to 8 bytes"
            header = json.loads(data[8:8 + n])
            meta = header.pop("__metadata__", {})
            body = data[8 + n:]
            out = {}
            for name, info in header.items():
                b, e = info["data_offsets"]
                t = torch.frombuffer(bytearray(body[b:e]), dtype=DT[info["dtype"]]) if e > b else torch.empty(0, dtype=DT[info["dtype"]])
                out[name] = t.reshape(info["shape"])
            return out, meta
        def write(path, tensors, meta):
            names = sorted(tensors, key=lambda k: (-tensors[k].element_size(), k))
            header, offset, blobs = {"__metadata__": meta}, 0, []
            for k in names:
                t = tensors[k].contiguous()
                raw = (t.view(torch.int16) if t.dtype == torch.bfloat16 else t).numpy().tobytes()
                rev = {v: s for s, v in DT.items()}
                header[k] = {"dtype": rev[t.dtype], "shape": list(t.shape), "data_offsets": [offset, offset + len(raw)]}
                offset += len(raw)
                blobs.append(raw)
            h = json.dumps(header).encode()
            h += b" " * ((8 - len(h) % 8) % 8)
            with open(path, "wb") as f:
                f.write(struct.pack("<Q", len(h)) + h + b"".join(blobs))
        mode, src, dst = sys.argv[1:4]
        tensors, meta = read(src)
        if mode == "tensors":
            print(json.dumps({k: {"dtype": str(v.dtype), "shape": list(v.shape), "values": v.double().reshape(-1).tolist()} for k, v in tensors.items()} | {"__meta__": meta}))
            write(dst, {k: v * 2 if v.is_floating_point() else v for k, v in tensors.items()}, {"writer": "python"})
        else:
            net = torch.nn.Sequential(torch.nn.Conv2d(1, 2, 3), torch.nn.BatchNorm2d(2), torch.nn.ReLU(), torch.nn.Flatten(), torch.nn.Linear(8, 3))
            net.load_state_dict({k: v for k, v in tensors.items() if k != "input"}, strict=True)
            net.eval()
            with torch.no_grad():
                write(dst, {"output": net(tensors["input"])}, {})
        """;

    private static string Python() => Environment.GetEnvironmentVariable("SIAMESE_PYTHON") is { Length: > 0 } p ? p : "/usr/bin/python3";

    private static void RunPython(string directory, string mode, string source, string destination, out string stdout)
    {
        var script = Path.Combine(directory, "reader.py");
        File.WriteAllText(script, PythonScript);
        var start = new ProcessStartInfo(Python(), [script, mode, source, destination])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + Python());
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        stdout = output.Result;
        Assert.True(process.ExitCode == 0, $"{Python()} (PyTorch, see SIAMESE_PYTHON) failed: {error}");
    }

    [Fact]
    public void PythonReadsOurFilesAndWeReadPythons()
    {
        using var scope = NewDisposeScope();
        var directory = Directory.CreateTempSubdirectory("safetensors-").FullName;
        try
        {
            var sample = Sample();
            var ours = Path.Combine(directory, "csharp.safetensors");
            var theirs = Path.Combine(directory, "python.safetensors");
            Safetensors.save_file(sample, ours, new Dictionary<string, string> { ["writer"] = "csharp" });
            RunPython(directory, "tensors", ours, theirs, out var stdout);

            using var seen = JsonDocument.Parse(stdout);
            Assert.Equal("csharp", seen.RootElement.GetProperty("__meta__").GetProperty("writer").GetString());
            foreach (var (name, t) in sample)
            {
                var e = seen.RootElement.GetProperty(name);
                Assert.Equal(t.shape, e.GetProperty("shape").EnumerateArray().Select(v => v.GetInt64()));
                Assert.Equal(t.to(ScalarType.Float64).data<double>(), e.GetProperty("values").EnumerateArray().Select(v => v.GetDouble()));
            }

            var back = Safetensors.load_file(theirs);
            Assert.Equal("python", Safetensors.read_metadata(theirs)["writer"]);
            foreach (var (name, t) in sample)
            {
                using var expected = is_floating_point(t.dtype) ? t * 2 : t.alias();
                AssertSame(expected, back[name]);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void PyTorchLoadsOurModuleStrictlyAndComputesTheSameOutput()
    {
        using var scope = NewDisposeScope();
        var directory = Directory.CreateTempSubdirectory("safetensors-").FullName;
        try
        {
            manual_seed(5);
            using var net = nn.Sequential(nn.Conv2d(1, 2, 3), nn.BatchNorm2d(2), nn.ReLU(), nn.Flatten(), nn.Linear(8, 3));
            net.call(randn(4, 1, 4, 4));
            net.eval();
            var input = randn(3, 1, 4, 4);
            var file = new Dictionary<string, Tensor>(net.state_dict()) { ["input"] = input };
            var ours = Path.Combine(directory, "model.safetensors");
            var theirs = Path.Combine(directory, "output.safetensors");
            Safetensors.save_file(file, ours);
            RunPython(directory, "module", ours, theirs, out _);
            var output = Safetensors.load_file(theirs)["output"];
            NnGolden.AssertClose(output, net.call(input), "PyTorch forward of our weights");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
