using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LearningCity.Modules.Credentials.Signing;

/// <summary>A VC-JWT read from its compact form, nothing verified yet: its header's kid and its payload as JSON.</summary>
internal sealed record CredentialToken(string Compact, string? KeyId, JsonObject Payload);

/// <summary>
/// The VC-JWT's JWS (RS256, header alg/kid/typ JWT, the credential as payload), signed and checked by
/// Microsoft.IdentityModel.JsonWebTokens. The payload is handed over as the exact JSON text to sign, so the tokens are
/// byte for byte what the platform always issued (docs/adr/0008-open-badges-credentials.md).
/// </summary>
internal static class CredentialJws
{
    public const string Algorithm = SecurityAlgorithms.RsaSha256;

    private static readonly JsonWebTokenHandler Handler = new();

    // The RSA object is disposed after each use, so the library must not keep a signature provider built on it.
    private static readonly CryptoProviderFactory Uncached = new() { CacheSignatureProviders = false };

    public static string Sign(JsonObject payload, string keyId, RSA key) =>
        Handler.CreateToken(payload.ToJsonString(), new SigningCredentials(new RsaSecurityKey(key) { KeyId = keyId }, Algorithm) { CryptoProviderFactory = Uncached });

    /// <summary>The token's kid and payload, or null when it is not a compact JWS whose payload is a JSON object.</summary>
    public static CredentialToken? TryRead(string? compact)
    {
        var text = compact?.Trim();
        if (string.IsNullOrEmpty(text) || text.Count(c => c == '.') != 2 || !Handler.CanReadToken(text)) return null;
        try
        {
            var jwt = Handler.ReadJsonWebToken(text);
            return JsonNode.Parse(Base64UrlEncoder.DecodeBytes(jwt.EncodedPayload)) is JsonObject payload
                ? new CredentialToken(text, jwt.TryGetHeaderValue<string>("kid", out var kid) ? kid : null, payload)
                : null;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or JsonException or SecurityTokenException) { return null; }
    }

    /// <summary>Whether the token is signed with RS256 by this key; anything else (alg none, HS256, RS512 ...) is refused.</summary>
    public static async Task<bool> IsSignedByAsync(CredentialToken token, SecurityKey key)
    {
        var result = await Handler.ValidateTokenAsync(token.Compact, new TokenValidationParameters
        {
            IssuerSigningKey = key,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = [Algorithm],
            RequireSignedTokens = true,
            // The issuer, the record and the validity period are the verifier's own checks, each reported on its own.
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
        });
        return result.IsValid;
    }

    /// <summary>The public half as the JWKS publishes it.</summary>
    public static JsonObject PublicJwk(string keyId, RSAParameters p) => new()
    {
        ["kty"] = "RSA",
        ["use"] = "sig",
        ["alg"] = Algorithm,
        ["kid"] = keyId,
        ["n"] = Base64UrlEncoder.Encode(p.Modulus),
        ["e"] = Base64UrlEncoder.Encode(p.Exponent),
    };

    /// <summary>A stored public JWK as a key the library verifies with; null when it is not an RSA key.</summary>
    public static SecurityKey? PublicKey(string jwk)
    {
        try
        {
            var key = new JsonWebKey(jwk);
            return key.Kty == JsonWebAlgorithmsKeyTypes.RSA && !string.IsNullOrEmpty(key.N) && !string.IsNullOrEmpty(key.E) ? key : null;
        }
        catch (ArgumentException) { return null; }
    }
}
