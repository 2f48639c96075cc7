using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LearningCity.Modules.Credentials.Signing;

/// <summary>A JWS in compact serialization, split and decoded (nothing verified yet).</summary>
internal sealed record ParsedJws(JsonObject Header, JsonObject Payload, string SigningInput, byte[] Signature)
{
    public string? KeyId => Header["kid"]?.GetValueKind() == JsonValueKind.String ? Header["kid"]!.GetValue<string>() : null;
    public string? Algorithm => Header["alg"]?.GetValueKind() == JsonValueKind.String ? Header["alg"]!.GetValue<string>() : null;
}

/// <summary>RS256 JWS compact serialization (RFC 7515) with the BCL's RSA only.</summary>
internal static class CompactJws
{
    public const string Algorithm = "RS256";

    public static string Sign(JsonObject payload, string keyId, RSA key)
    {
        var header = new JsonObject { ["alg"] = Algorithm, ["kid"] = keyId, ["typ"] = "JWT" };
        var signingInput = Part(header) + "." + Part(payload);
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.Encode(signature);
    }

    public static bool Verify(ParsedJws jws, RSA key) =>
        jws.Algorithm == Algorithm
        && key.VerifyData(Encoding.ASCII.GetBytes(jws.SigningInput), jws.Signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    public static ParsedJws? TryParse(string compact)
    {
        var parts = compact.Trim().Split('.');
        if (parts.Length != 3) return null;
        var header = DecodeObject(parts[0]);
        var payload = DecodeObject(parts[1]);
        var signature = Base64Url.TryDecode(parts[2]);
        if (header is null || payload is null || signature is null) return null;
        return new ParsedJws(header, payload, parts[0] + "." + parts[1], signature);
    }

    private static string Part(JsonObject json) => Base64Url.Encode(Encoding.UTF8.GetBytes(json.ToJsonString()));

    private static JsonObject? DecodeObject(string part)
    {
        if (Base64Url.TryDecode(part) is not { } bytes) return null;
        try { return JsonNode.Parse(bytes) as JsonObject; }
        catch (JsonException) { return null; }
        catch (ArgumentException) { return null; }
    }
}
