using System.Text;
using Siamese.Display.Imaging;

namespace Siamese.Display.Tests.Imaging;

public class Crc32Tests
{
    [Theory]
    [InlineData("", 0x00000000u)]
    [InlineData("123456789", 0xCBF43926u)] // the CRC-32 check value (ISO-HDLC)
    [InlineData("IEND", 0xAE426082u)] // every PNG's last four bytes
    [InlineData("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
    public void MatchesPublishedValues(string text, uint expected) =>
        Assert.Equal(expected, Crc32.Compute(Encoding.ASCII.GetBytes(text)));

    [Fact]
    public void AppendingInPiecesEqualsOneShot()
    {
        var data = Encoding.ASCII.GetBytes("123456789");
        var running = Crc32.Append(Crc32.Append(Crc32.Start, data.AsSpan(0, 4)), data.AsSpan(4));
        Assert.Equal(Crc32.Compute(data), Crc32.Finish(running));
    }
}
