using System.Security.Cryptography;
using System.Text.Json.Nodes;
using LearningCity.Common.Data;
using LearningCity.Modules.Credentials.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Credentials.Signing;

/// <summary>
/// The platform's signing keys. The first use creates the key; the private half is kept encrypted with Data
/// Protection (keys in the database), so every node and every restart signs and verifies with the same keys.
/// </summary>
public sealed class SigningKeyStore(AppDbContext db, IDataProtectionProvider protection, IServiceScopeFactory scopes, TimeProvider time)
{
    public const string ProtectionPurpose = "LearningCity.Credentials.SigningKey.v1";
    private const string FirstKeyId = "platform-key-1";

    private IDataProtector Protector => protection.CreateProtector(ProtectionPurpose);

    /// <summary>The key that signs now, created when there is none yet.</summary>
    public async Task<(string KeyId, RSA Key)> ActiveAsync(CancellationToken ct)
    {
        var key = await CurrentAsync(ct) ?? await CreateFirstAsync(ct);
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(Protector.Unprotect(key.ProtectedPrivateKey)), out _);
        return (key.Id, rsa);
    }

    /// <summary>The public key for a kid, also of a retired key; null when the kid is not ours.</summary>
    public async Task<RSA?> PublicKeyAsync(string keyId, CancellationToken ct)
    {
        var jwk = await db.Set<SigningKey>().AsNoTracking().Where(k => k.Id == keyId).Select(k => k.PublicJwk).FirstOrDefaultAsync(ct);
        if (jwk is null || JsonNode.Parse(jwk) is not JsonObject o) return null;
        var rsa = RSA.Create();
        rsa.ImportParameters(new RSAParameters
        {
            Modulus = Base64Url.TryDecode(o["n"]!.GetValue<string>()),
            Exponent = Base64Url.TryDecode(o["e"]!.GetValue<string>()),
        });
        return rsa;
    }

    /// <summary>All public keys, retired ones included, as a JSON Web Key Set.</summary>
    public async Task<JsonObject> JwksAsync(CancellationToken ct)
    {
        var keys = await db.Set<SigningKey>().AsNoTracking().OrderBy(k => k.CreatedAt).Select(k => k.PublicJwk).ToListAsync(ct);
        return new JsonObject { ["keys"] = new JsonArray(keys.Select(k => JsonNode.Parse(k)).ToArray()) };
    }

    private Task<SigningKey?> CurrentAsync(CancellationToken ct) =>
        db.Set<SigningKey>().AsNoTracking().Where(k => k.RetiredAt == null).OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id).FirstOrDefaultAsync(ct);

    private async Task<SigningKey> CreateFirstAsync(CancellationToken ct)
    {
        using var rsa = RSA.Create(2048);
        var key = new SigningKey
        {
            Id = FirstKeyId,
            Algorithm = CompactJws.Algorithm,
            PublicJwk = PublicJwk(FirstKeyId, rsa.ExportParameters(false)).ToJsonString(),
            ProtectedPrivateKey = Protector.Protect(Convert.ToBase64String(rsa.ExportPkcs8PrivateKey())),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        // A separate context: the caller's unit of work must not carry (or lose) the key row.
        await using var scope = scopes.CreateAsyncScope();
        var own = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        own.Set<SigningKey>().Add(key);
        try
        {
            await own.SaveChangesAsync(ct);
            return key;
        }
        catch (DbUpdateException)
        {
            // Another node created it first (same id): use theirs.
            return await CurrentAsync(ct) ?? throw new InvalidOperationException("The signing key could not be created.");
        }
    }

    internal static JsonObject PublicJwk(string keyId, RSAParameters p) => new()
    {
        ["kty"] = "RSA",
        ["use"] = "sig",
        ["alg"] = CompactJws.Algorithm,
        ["kid"] = keyId,
        ["n"] = Base64Url.Encode(p.Modulus),
        ["e"] = Base64Url.Encode(p.Exponent),
    };
}
