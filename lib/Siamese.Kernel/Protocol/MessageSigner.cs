using System.Security.Cryptography;
using System.Text;

namespace Siamese.Kernel.Protocol;

/// <summary>
/// HMAC-SHA256 signatures of Jupyter messages: the hex digest of header, parent header, metadata and content
/// (in that order) under the connection file's key. An empty key disables signing, as the protocol says.
/// </summary>
internal sealed class MessageSigner
{
    private readonly byte[] key;

    public MessageSigner(string key, string scheme = "hmac-sha256")
    {
        if (key.Length > 0 && scheme != "hmac-sha256")
        {
            throw new NotSupportedException($"signature scheme '{scheme}' (only hmac-sha256 is supported)");
        }
        this.key = Encoding.UTF8.GetBytes(key);
    }

    public bool IsEnabled => key.Length > 0;

    public string Sign(IReadOnlyList<byte[]> parts)
    {
        if (!IsEnabled)
        {
            return "";
        }
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        foreach (var part in parts)
        {
            hmac.AppendData(part);
        }
        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    /// <summary>Whether <paramref name="signature"/> is right for <paramref name="parts"/> (constant-time).</summary>
    public bool Verify(string signature, IReadOnlyList<byte[]> parts)
    {
        if (!IsEnabled)
        {
            return true;
        }
        var expected = Encoding.ASCII.GetBytes(Sign(parts));
        var actual = Encoding.ASCII.GetBytes(signature.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
