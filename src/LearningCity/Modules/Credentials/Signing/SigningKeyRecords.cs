using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace LearningCity.Modules.Credentials.Signing;

/// <summary>The key that signs now, with its private half and the issuer id it signs as; dispose it after signing.</summary>
public sealed record ActiveSigningKey(string KeyId, RSA Key, string IssuerId) : IDisposable
{
    public void Dispose() => Key.Dispose();
}

/// <summary>The public half of a key (also a retired one) and the issuer ids the credentials it signed may name.</summary>
public sealed record VerificationKey(string KeyId, SecurityKey PublicKey, IReadOnlyList<string> IssuerIds);

/// <summary>A signing key as admins see it: never its private half.</summary>
public sealed record SigningKeyDto(string KeyId, string Algorithm, string? IssuerId, DateTime CreatedAt, DateTime? RetiredAt, bool Active, int CredentialsSigned);
