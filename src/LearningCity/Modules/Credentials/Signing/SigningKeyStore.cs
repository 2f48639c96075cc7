using System.Security.Cryptography;
using System.Text.Json.Nodes;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Modules.Credentials.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace LearningCity.Modules.Credentials.Signing;

/// <summary>The key that signs now, with its private half; dispose it after signing.</summary>
public sealed record ActiveSigningKey(string KeyId, RSA Key) : IDisposable
{
    public void Dispose() => Key.Dispose();
}

/// <summary>A signing key as admins see it: never its private half.</summary>
public sealed record SigningKeyDto(string KeyId, string Algorithm, DateTime CreatedAt, DateTime? RetiredAt, bool Active, int CredentialsSigned);

/// <summary>
/// The platform's signing keys. The first use creates the key; the private half is kept encrypted with Data
/// Protection (keys in the database), so every node and every restart signs and verifies with the same keys.
/// </summary>
public sealed class SigningKeyStore(AppDbContext db, IDataProtectionProvider protection, IServiceScopeFactory scopes, AuditLog audit, TimeProvider time)
{
    public const string ProtectionPurpose = "LearningCity.Credentials.SigningKey.v1";
    private const string FirstKeyId = "platform-key-1";

    private IDataProtector Protector => protection.CreateProtector(ProtectionPurpose);

    /// <summary>The key that signs now, created when there is none yet.</summary>
    public async Task<ActiveSigningKey> ActiveAsync(CancellationToken ct)
    {
        var key = await CurrentAsync(ct) ?? await CreateFirstAsync(ct);
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(Protector.Unprotect(key.ProtectedPrivateKey)), out _);
        return new ActiveSigningKey(key.Id, rsa);
    }

    /// <summary>The public key for a kid, also of a retired key; null when the kid is not ours.</summary>
    public async Task<SecurityKey?> PublicKeyAsync(string keyId, CancellationToken ct)
    {
        var jwk = await db.Set<SigningKey>().AsNoTracking().Where(k => k.Id == keyId).Select(k => k.PublicJwk).FirstOrDefaultAsync(ct);
        return jwk is null ? null : CredentialJws.PublicKey(jwk);
    }

    /// <summary>All public keys, retired ones included, as a JSON Web Key Set.</summary>
    public async Task<JsonObject> JwksAsync(CancellationToken ct)
    {
        var keys = await db.Set<SigningKey>().AsNoTracking().OrderBy(k => k.CreatedAt).Select(k => k.PublicJwk).ToListAsync(ct);
        return new JsonObject { ["keys"] = new JsonArray(keys.Select(k => JsonNode.Parse(k)).ToArray()) };
    }

    /// <summary>Every key, newest first, with how many credentials each signed.</summary>
    public async Task<IReadOnlyList<SigningKeyDto>> AllAsync(CancellationToken ct)
    {
        var keys = await db.Set<SigningKey>().AsNoTracking().OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id)
            .Select(k => new { k.Id, k.Algorithm, k.CreatedAt, k.RetiredAt }).ToListAsync(ct);
        var signed = await db.IssuedCredentials.AsNoTracking().GroupBy(c => c.KeyId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return keys.Select(k => new SigningKeyDto(k.Id, k.Algorithm, k.CreatedAt, k.RetiredAt, k.RetiredAt is null, signed.GetValueOrDefault(k.Id)))
            .ToList();
    }

    /// <summary>
    /// Retires the signing key(s) and creates the next one, with its audit entry, in one transaction. Credentials signed
    /// with a retired key still verify. Null when another rotation took the same key id first.
    /// </summary>
    public async Task<SigningKeyDto?> RotateAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var count = await db.Set<SigningKey>().CountAsync(ct);
        var retiring = await db.Set<SigningKey>().Where(k => k.RetiredAt == null).ToListAsync(ct);
        foreach (var old in retiring) old.RetiredAt = now;
        var key = NewKey($"platform-key-{count + 1}", now);
        db.Set<SigningKey>().Add(key);
        audit.Record("credentials.key.rotate", "SigningKey", key.Id, new { retired = retiring.Select(k => k.Id).ToArray() }, new { active = key.Id });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return null;
        }
        return new SigningKeyDto(key.Id, key.Algorithm, key.CreatedAt, null, true, 0);
    }

    private Task<SigningKey?> CurrentAsync(CancellationToken ct) =>
        db.Set<SigningKey>().AsNoTracking().Where(k => k.RetiredAt == null).OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id).FirstOrDefaultAsync(ct);

    private async Task<SigningKey> CreateFirstAsync(CancellationToken ct)
    {
        var key = NewKey(FirstKeyId, time.GetUtcNow().UtcDateTime);
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

    private SigningKey NewKey(string keyId, DateTime createdAt)
    {
        using var rsa = RSA.Create(2048);
        return new SigningKey
        {
            Id = keyId,
            Algorithm = CredentialJws.Algorithm,
            PublicJwk = CredentialJws.PublicJwk(keyId, rsa.ExportParameters(false)).ToJsonString(),
            ProtectedPrivateKey = Protector.Protect(Convert.ToBase64String(rsa.ExportPkcs8PrivateKey())),
            CreatedAt = createdAt,
        };
    }
}
