using Siamese.Lib.Data;

namespace Siamese.Lib.Tests.Data;

public class Crc32Tests
{
    [Theory]
    [InlineData("123456789", 0xCBF43926u)] // the standard check value of CRC-32/ISO-HDLC
    [InlineData("", 0x00000000u)]
    [InlineData("IEND", 0xAE426082u)]      // the CRC every PNG ends with
    public void MatchesKnownValues(string text, uint expected) =>
        Assert.Equal(expected, Crc32.Compute(System.Text.Encoding.ASCII.GetBytes(text)));
}
