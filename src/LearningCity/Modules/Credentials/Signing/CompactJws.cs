using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace LearningCity.Modules.Credentials.Signing;

/// <summary>A JWS in compact serialization (RFC 7515) split into its parts; signature checked separately.</summary>
public sealed record ParsedJws(JsonObject Header, JsonObject Payload, byte[] SigningInput, byte[] Signature)
{
    public string? KeyId => Header["kid"]?.GetValue<string>();
    public string? Algorithm => Header["alg"]?.GetValue<string>();

    public bool SignatureMatches(RSA publicKey) =>
        publicKey.VerifyData(SigningInput, Signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
}

public static class CompactJws
{
    public static string SignRs256(JsonObject header, JsonObject payload, RSA key)
    {
        var signingInput = Encode(header) + "." + Encode(payload);
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>Null when the text is not three base64url parts whose first two are JSON objects.</summary>
    public static ParsedJws? Parse(string? token)
    {
        var parts = (token ?? "").Trim().Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0)) return null;
        try
        {
            if (!IsCanonical(parts[0]) || !IsCanonical(parts[1]) || !IsCanonical(parts[2])) return null;
            var header = JsonNode.Parse(Base64Url.DecodeFromChars(parts[0])) as JsonObject;
            var payload = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1])) as JsonObject;
            if (header is null || payload is null) return null;
            return new ParsedJws(header, payload, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url.DecodeFromChars(parts[2]));
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string Encode(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));

    // Rejects a changed last character that decodes to the same bytes (unused trailing bits), so any edit is caught.
    private static bool IsCanonical(string part) =>
        Base64Url.IsValid(part) && Base64Url.EncodeToString(Base64Url.DecodeFromChars(part)) == part;
}
