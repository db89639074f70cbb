using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.IO.Hashing;
using Siamese.Lib.Data;

namespace Siamese.Lib.Tests.Data;

/// <summary>A temporary folder deleted with the test.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "siamese-data-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string relative)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Fixture writers: the tests make every file they read (PNG, IDX, zip, gzip, PGM).</summary>
public static class TestFiles
{
    private static readonly (int X0, int Y0, int Dx, int Dy)[] Adam7 =
        [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];

    /// <summary>
    /// Encodes a PNG from native-depth samples (value per channel per pixel, row-major); row r of each
    /// pass uses filter <c>filterForRow(r)</c>; Adam7 when <paramref name="interlace"/>.
    /// </summary>
    public static byte[] EncodePng(int width, int height, int colorType, int bitDepth, int[] samples,
        Func<int, int>? filterForRow = null, bool interlace = false, byte[]? palette = null, int idatPieces = 1)
    {
        var channels = colorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };
        filterForRow ??= r => r % 5;
        var raw = new MemoryStream();
        var passes = interlace ? Adam7 : [(0, 0, 1, 1)];
        foreach (var (x0, y0, dx, dy) in passes)
        {
            var pw = (width - x0 + dx - 1) / dx;
            var ph = (height - y0 + dy - 1) / dy;
            if (pw <= 0 || ph <= 0)
            {
                continue;
            }
            var stride = (pw * channels * bitDepth + 7) / 8;
            var bpp = Math.Max(1, channels * bitDepth / 8);
            var prior = new byte[stride];
            for (var y = 0; y < ph; y++)
            {
                var row = new byte[stride];
                for (var x = 0; x < pw; x++)
                {
                    for (var c = 0; c < channels; c++)
                    {
                        var v = samples[((y0 + y * dy) * width + x0 + x * dx) * channels + c];
                        var sampleIndex = x * channels + c;
                        if (bitDepth == 16)
                        {
                            row[sampleIndex * 2] = (byte)(v >> 8);
                            row[sampleIndex * 2 + 1] = (byte)v;
                        }
                        else if (bitDepth == 8)
                        {
                            row[sampleIndex] = (byte)v;
                        }
                        else
                        {
                            var bit = sampleIndex * bitDepth;
                            row[bit / 8] |= (byte)(v << (8 - bitDepth - bit % 8));
                        }
                    }
                }
                var filter = filterForRow(y);
                var filtered = new byte[stride];
                for (var i = 0; i < stride; i++)
                {
                    int a = i >= bpp ? row[i - bpp] : 0, b = y > 0 ? prior[i] : 0, cc = i >= bpp && y > 0 ? prior[i - bpp] : 0;
                    var predictor = filter switch
                    {
                        0 => 0,
                        1 => a,
                        2 => b,
                        3 => (a + b) / 2,
                        _ => PaethReference(a, b, cc),
                    };
                    filtered[i] = (byte)(row[i] - predictor);
                }
                raw.WriteByte((byte)filter);
                raw.Write(filtered);
                prior = row;
            }
        }
        var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(raw.ToArray());
        }
        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = (byte)bitDepth;
        ihdr[9] = (byte)colorType;
        ihdr[12] = (byte)(interlace ? 1 : 0);
        WriteChunk(png, "IHDR", ihdr);
        if (palette is not null)
        {
            WriteChunk(png, "PLTE", palette);
        }
        var data = compressed.ToArray();
        var pieceSize = (data.Length + idatPieces - 1) / idatPieces;
        for (var p = 0; p < data.Length; p += pieceSize)
        {
            WriteChunk(png, "IDAT", data.AsSpan(p, Math.Min(pieceSize, data.Length - p)).ToArray());
        }
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    // Straight from the PNG specification, written independently of the decoder's version.
    private static int PaethReference(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        if (pa <= pb && pa <= pc)
        {
            return a;
        }
        return pb <= pc ? b : c;
    }

    public static void WriteChunk(Stream s, string type, byte[] data)
    {
        Span<byte> len = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(len, data.Length);
        s.Write(len);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        s.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(len, Crc32.HashToUInt32(typeAndData));
        s.Write(len);
    }

    /// <summary>A 1-bit grayscale PNG (Omniglot's format) of 0/1 values.</summary>
    public static byte[] OneBitPng(int width, int height, Func<int, int, int> bit) =>
        EncodePng(width, height, 0, 1, Enumerable.Range(0, width * height).Select(i => bit(i % width, i / width)).ToArray());

    /// <summary>An IDX file: magic, big-endian dimensions, data.</summary>
    public static byte[] Idx(int magic, int[] dims, byte[] data)
    {
        var s = new MemoryStream();
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(b, magic);
        s.Write(b);
        foreach (var d in dims)
        {
            BinaryPrimitives.WriteInt32BigEndian(b, d);
            s.Write(b);
        }
        s.Write(data);
        return s.ToArray();
    }

    public static byte[] Gzip(byte[] data)
    {
        var s = new MemoryStream();
        using (var gz = new GZipStream(s, CompressionLevel.Optimal, leaveOpen: true))
        {
            gz.Write(data);
        }
        return s.ToArray();
    }

    /// <summary>A zip with the given entries (name → bytes, null = directory entry).</summary>
    public static void WriteZip(string path, IEnumerable<(string Name, byte[]? Data)> entries)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var (name, data) in entries)
        {
            var e = zip.CreateEntry(name, CompressionLevel.Optimal);
            if (data is not null)
            {
                using var s = e.Open();
                s.Write(data);
            }
        }
    }

    public static byte[] Pgm(int width, int height, byte[] pixels, string header = "")
    {
        var head = Encoding.ASCII.GetBytes(header.Length > 0 ? header : $"P5\n{width} {height}\n255\n");
        return head.Concat(pixels).ToArray();
    }
}
