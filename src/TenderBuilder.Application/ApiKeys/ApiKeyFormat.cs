using System.Security.Cryptography;
using System.Text;

namespace TenderBuilder.Application.ApiKeys;

/// <summary>
/// What an API key looks like: <c>tbk_</c>, a public lookup id (12 hex digits) that finds its row,
/// <c>_</c>, and 256 random bits (43 base64url characters). The prefix lets secret scanners and
/// people recognise a TenderBuilder key; only the SHA-256 of the whole key is stored.
/// </summary>
public static class ApiKeyFormat
{
    public const string Prefix = "tbk_";

    private const int LookupLength = 12;
    private const int SecretLength = 43;

    /// <summary>A new key: the text shown once, its lookup id and the hash to store.</summary>
    public static (string Key, string LookupId, string Hash) Generate()
    {
        var lookup = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(LookupLength / 2));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = Prefix + lookup + "_" + secret;
        return (key, lookup, Hash(key));
    }

    /// <summary>The lookup id of a text shaped like a key, else null (nothing is looked up for it).</summary>
    public static string? LookupIdOf(string? presented)
    {
        if (presented is null || presented.Length != Prefix.Length + LookupLength + 1 + SecretLength
            || !presented.StartsWith(Prefix, StringComparison.Ordinal) || presented[Prefix.Length + LookupLength] != '_')
        {
            return null;
        }

        var lookup = presented.Substring(Prefix.Length, LookupLength);
        return lookup.All(char.IsAsciiHexDigitLower) ? lookup : null;
    }

    /// <summary>SHA-256 of the key, lower-case hex.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Whether the presented key hashes to the stored hash, in constant time.</summary>
    public static bool Matches(string presented, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(presented)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
