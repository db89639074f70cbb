using System.Text;
using Siamese.Kernel.Protocol;

namespace Siamese.Kernel.Tests.Protocol;

public class MessageSignerTests
{
    private static byte[] Bytes(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public void SignsWithHmacSha256OverTheConcatenatedParts()
    {
        // RFC-style reference value: HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog").
        var signer = new MessageSigner("key");
        var expected = "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8";
        Assert.Equal(expected, signer.Sign([Bytes("The quick brown fox "), Bytes("jumps over "), Bytes("the lazy dog")]));
        Assert.True(signer.Verify(expected.ToUpperInvariant(), [Bytes("The quick brown fox jumps over the lazy dog")]));
    }

    [Fact]
    public void RejectsWrongSignaturesAndTamperedParts()
    {
        var signer = new MessageSigner("secret");
        var parts = new[] { Bytes("{}"), Bytes("{}"), Bytes("{}"), Bytes("{\"code\":\"1\"}") };
        var signature = signer.Sign(parts);
        Assert.False(signer.Verify(signature, [.. parts[..3], Bytes("{\"code\":\"2\"}")]));
        Assert.False(signer.Verify(new MessageSigner("other").Sign(parts), parts));
        Assert.False(signer.Verify("", parts));
    }

    [Fact]
    public void AnEmptyKeyDisablesSigning()
    {
        var signer = new MessageSigner("");
        Assert.Equal("", signer.Sign([Bytes("x")]));
        Assert.True(signer.Verify("", [Bytes("x")]));
    }

    [Fact]
    public void OtherSchemesAreRefused() => Assert.Throws<NotSupportedException>(() => new MessageSigner("k", "hmac-md5"));
}
