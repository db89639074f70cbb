using Siamese.Lib.Data;

namespace Siamese.Lib.Tests.Data;

public class SafeZipTests
{
    [Theory]
    [InlineData("images_background/../../evil.png", "'..' segment")]
    [InlineData("../evil.png", "'..' segment")]
    [InlineData("/etc/evil.png", "absolute path")]
    [InlineData("C:/evil.png", "absolute path")]
    [InlineData("a\\..\\evil.png", "'..' segment")]
    public void UnsafeEntryNamesAreRejected(string name, string reason)
    {
        var e = Assert.Throws<DataFormatException>(() => SafeZip.CheckEntryName("x.zip", name));
        Assert.Contains(reason, e.Message);
        Assert.Contains(name, e.Message);
    }

    [Fact]
    public void ArchiveWithDotDotEntryIsRejectedOnOpen()
    {
        using var dir = new TempDirectory();
        var path = dir.File("evil.zip");
        TestFiles.WriteZip(path, [("ok/a.png", [1]), ("ok/../../b.png", [2])]);
        var e = Assert.Throws<DataFormatException>(() => SafeZip.Open(path));
        Assert.Contains("unsafe entry name 'ok/../../b.png'", e.Message);
        // The Omniglot loader goes through the same gate.
        Assert.Throws<DataFormatException>(() => OmniglotLoader.LoadZip(path));
    }

    [Fact]
    public void NamesWithDotsThatAreNotSegmentsAreAccepted() =>
        SafeZip.CheckEntryName("x.zip", "images/a..b/c...png");

    [Fact]
    public void TruncatedArchiveIsReported()
    {
        using var dir = new TempDirectory();
        var path = dir.File("full.zip");
        TestFiles.WriteZip(path, Enumerable.Range(0, 20).Select(i => ($"d/{i}.png", (byte[]?)TestFiles.OneBitPng(16, 16, (x, y) => (x * i + y) % 2))));
        var bytes = File.ReadAllBytes(path);
        var cut = dir.File("cut.zip");
        File.WriteAllBytes(cut, bytes[..(bytes.Length / 2)]);
        var e = Assert.Throws<DataFormatException>(() => SafeZip.Open(cut));
        Assert.Contains("cut.zip", e.Message);
        Assert.Contains("truncated or corrupt", e.Message);
    }

    [Fact]
    public void CorruptMemberIsReportedWithItsName()
    {
        using var dir = new TempDirectory();
        var path = dir.File("z.zip");
        var payload = Enumerable.Range(0, 5000).Select(i => (byte)(i * 7 % 251)).ToArray();
        TestFiles.WriteZip(path, [("a/payload.bin", payload)]);
        var bytes = File.ReadAllBytes(path);
        // Local header is 30 bytes + name; flip bytes in the middle of the deflate data.
        var dataStart = 30 + "a/payload.bin".Length;
        for (var i = dataStart + 10; i < dataStart + 40; i++)
        {
            bytes[i] ^= 0x5A;
        }
        File.WriteAllBytes(path, bytes);
        using var zip = SafeZip.Open(path);
        var e = Assert.Throws<DataFormatException>(() => zip.ReadAllBytes(zip.Entries[0]));
        Assert.Contains("a/payload.bin", e.Message);
    }
}
