using System.IO.Compression;

namespace Siamese.Lib.Data;

/// <summary>
/// Reads a zip archive defensively: an unreadable or truncated archive, an entry whose name would escape
/// the archive's folder (a <c>..</c> segment, an absolute path or a drive letter: "zip slip") and a corrupt
/// member all throw <see cref="DataFormatException"/> naming the archive and the entry. Entries are streamed
/// from the file, so the archive is never held in memory.
/// </summary>
public sealed class SafeZip : IDisposable
{
    private readonly ZipArchive _archive;

    private SafeZip(string path, ZipArchive archive, IReadOnlyList<ZipArchiveEntry> entries)
    {
        Path = path;
        _archive = archive;
        Entries = entries;
    }

    /// <summary>The archive's path (used in messages).</summary>
    public string Path { get; }

    /// <summary>The entries in archive order, every name already checked.</summary>
    public IReadOnlyList<ZipArchiveEntry> Entries { get; }

    /// <summary>Opens <paramref name="path"/> and validates every entry name.</summary>
    public static SafeZip Open(string path)
    {
        FileStream? stream = null;
        ZipArchive? archive = null;
        try
        {
            stream = File.OpenRead(path);
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
            var entries = archive.Entries.ToList();
            foreach (var e in entries)
            {
                CheckEntryName(path, e.FullName);
            }
            return new SafeZip(path, archive, entries);
        }
        catch (InvalidDataException e)
        {
            archive?.Dispose();
            stream?.Dispose();
            throw new DataFormatException(
                $"{path}: not a readable zip archive ({e.Message}); the file is probably truncated or corrupt — delete it and fetch it again", e);
        }
        catch
        {
            archive?.Dispose();
            stream?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Throws when <paramref name="name"/> is absolute (<c>/x</c>, <c>\x</c>, <c>C:x</c>) or has a <c>..</c>
    /// segment, the names an extractor would write outside its target folder.
    /// </summary>
    public static void CheckEntryName(string archive, string name)
    {
        var normalized = name.Replace('\\', '/');
        var absolute = normalized.StartsWith('/') || (normalized.Length >= 2 && normalized[1] == ':');
        if (absolute || normalized.Split('/').Any(segment => segment == ".."))
        {
            throw new DataFormatException(
                $"{archive}: unsafe entry name '{name}' ({(absolute ? "absolute path" : "'..' segment")}); refusing to read this archive");
        }
    }

    /// <summary>The entry's uncompressed bytes; a corrupt or truncated member throws naming the entry.</summary>
    public byte[] ReadAllBytes(ZipArchiveEntry entry)
    {
        try
        {
            using var s = entry.Open();
            var length = entry.Length;
            if (length > Array.MaxLength)
            {
                throw new DataFormatException($"{Path}!{entry.FullName}: entry of {length} bytes is too large");
            }
            var buffer = new byte[length];
            var read = 0;
            while (read < buffer.Length)
            {
                var n = s.Read(buffer, read, buffer.Length - read);
                if (n == 0)
                {
                    break;
                }
                read += n;
            }
            if (read != buffer.Length || s.ReadByte() != -1)
            {
                throw new DataFormatException($"{Path}!{entry.FullName}: member inflates to a size other than the {length} bytes its header declares");
            }
            return buffer;
        }
        catch (InvalidDataException e)
        {
            throw new DataFormatException($"{Path}!{entry.FullName}: corrupt zip member ({e.Message})", e);
        }
        catch (IOException e) when (e is not DataFormatException)
        {
            throw new DataFormatException($"{Path}!{entry.FullName}: cannot read member ({e.Message}); the archive is probably truncated", e);
        }
    }

    /// <summary>The entry named <paramref name="fullName"/> (forward slashes), or null.</summary>
    public ZipArchiveEntry? Find(string fullName) => _archive.GetEntry(fullName);

    /// <inheritdoc/>
    public void Dispose() => _archive.Dispose();
}
