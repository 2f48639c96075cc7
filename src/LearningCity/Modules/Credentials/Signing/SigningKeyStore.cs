using System.Security.Cryptography;
using System.Text.Json.Nodes;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Common.Web;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Credentials.Issuing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Credentials.Signing;

/// <summary>
/// The platform's signing keys and the issuer id each signs as. The first use creates the key and fixes the issuer id
/// from the site's address at that moment; from then on the issuer id is read from the database, never from the
/// settings. The private half is kept encrypted with Data Protection (keys in the database), so every node and every
/// restart signs and verifies with the same keys.
/// </summary>
public sealed class SigningKeyStore(AppDbContext db, IDataProtectionProvider protection, IServiceScopeFactory scopes, SiteAddress site,
    AuditLog audit, TimeProvider time)
{
    public const string ProtectionPurpose = "LearningCity.Credentials.SigningKey.v1";
    private const string FirstKeyId = "platform-key-1";

    private IDataProtector Protector => protection.CreateProtector(ProtectionPurpose);

    /// <summary>The issuer id the site's address gives now: used only when a key is made without one given.</summary>
    private string IssuerIdNow() => CredentialUrls.IssuerIdAt(site.Origin);

    /// <summary>The key that signs now, created when there is none yet.</summary>
    public async Task<ActiveSigningKey> ActiveAsync(CancellationToken ct)
    {
        var key = await CurrentAsync(ct) ?? await CreateFirstAsync(ct);
        key = await LegacyKeyIssuer.FillAsync(db, key, IssuerIdNow, ct);
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(Protector.Unprotect(key.ProtectedPrivateKey)), out _);
        return new ActiveSigningKey(key.Id, rsa, key.IssuerId!);
    }

    /// <summary>The public key for a kid, also of a retired key, with its issuer ids; null when the kid is not ours.</summary>
    public async Task<VerificationKey?> VerificationKeyAsync(string keyId, CancellationToken ct)
    {
        var key = await db.SigningKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == keyId, ct);
        if (key is null || CredentialJws.PublicKey(key.PublicJwk) is not { } publicKey) return null;
        key = await LegacyKeyIssuer.FillAsync(db, key, IssuerIdNow, ct);
        return new VerificationKey(key.Id, publicKey, [key.IssuerId!, .. key.EarlierIssuerIds]);
    }

    /// <summary>
    /// The addresses new credentials name: under the active key's issuer id; before any key exists, under the site's
    /// address (nothing is fixed until a key is made).
    /// </summary>
    public async Task<CredentialUrls> CurrentUrlsAsync(CancellationToken ct) =>
        CredentialUrls.ForIssuer(await CurrentAsync(ct) is { } key ? (await LegacyKeyIssuer.FillAsync(db, key, IssuerIdNow, ct)).IssuerId! : IssuerIdNow());

    /// <summary>All public keys, retired ones included, as a JSON Web Key Set.</summary>
    public async Task<JsonObject> JwksAsync(CancellationToken ct)
    {
        var keys = await db.SigningKeys.AsNoTracking().OrderBy(k => k.CreatedAt).Select(k => k.PublicJwk).ToListAsync(ct);
        return new JsonObject { ["keys"] = new JsonArray(keys.Select(k => JsonNode.Parse(k)).ToArray()) };
    }

    /// <summary>Every key, newest first, with how many credentials each signed.</summary>
    public async Task<IReadOnlyList<SigningKeyDto>> AllAsync(CancellationToken ct)
    {
        var keys = await db.SigningKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id)
            .Select(k => new { k.Id, k.Algorithm, k.IssuerId, k.CreatedAt, k.RetiredAt }).ToListAsync(ct);
        var signed = await db.IssuedCredentials.AsNoTracking().GroupBy(c => c.KeyId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return keys.Select(k => new SigningKeyDto(k.Id, k.Algorithm, k.IssuerId, k.CreatedAt, k.RetiredAt, k.RetiredAt is null, signed.GetValueOrDefault(k.Id)))
            .ToList();
    }

    /// <summary>
    /// Retires the signing key(s) and creates the next one, with its audit entry, in one transaction. The new key signs as
    /// the same issuer, unless an admin gives the platform's new public address (a move to another domain): then new
    /// credentials name the issuer there. Credentials signed with a retired key still verify, under the issuer id they
    /// name. Null when another rotation took the same key id first.
    /// </summary>
    public async Task<SigningKeyDto?> RotateAsync(string? newPublicAddress, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var current = await CurrentAsync(ct) is { } active ? await LegacyKeyIssuer.FillAsync(db, active, IssuerIdNow, ct) : null;
        var issuerId = newPublicAddress is not null ? CredentialUrls.IssuerIdAt(newPublicAddress) : current?.IssuerId ?? IssuerIdNow();
        var count = await db.SigningKeys.CountAsync(ct);
        var retiring = await db.SigningKeys.Where(k => k.RetiredAt == null).ToListAsync(ct);
        foreach (var old in retiring) old.RetiredAt = now;
        var key = NewKey($"platform-key-{count + 1}", now, issuerId);
        db.SigningKeys.Add(key);
        audit.Record("credentials.key.rotate", "SigningKey", key.Id, new { retired = retiring.Select(k => k.Id).ToArray(), issuer = current?.IssuerId },
            new { active = key.Id, issuer = issuerId });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return null;
        }
        return new SigningKeyDto(key.Id, key.Algorithm, key.IssuerId, key.CreatedAt, null, true, 0);
    }

    private Task<SigningKey?> CurrentAsync(CancellationToken ct) =>
        db.SigningKeys.AsNoTracking().Where(k => k.RetiredAt == null).OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id).FirstOrDefaultAsync(ct);

    private async Task<SigningKey> CreateFirstAsync(CancellationToken ct)
    {
        var key = NewKey(FirstKeyId, time.GetUtcNow().UtcDateTime, IssuerIdNow());
        // A separate context: the caller's unit of work must not carry (or lose) the key row.
        await using var scope = scopes.CreateAsyncScope();
        var own = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        own.SigningKeys.Add(key);
        try
        {
            await own.SaveChangesAsync(ct);
            return key;
        }
        catch (DbUpdateException)
        {
            // Another node created it first (same id, and the issuer id it fixed): use theirs.
            return await CurrentAsync(ct) ?? throw new InvalidOperationException("The signing key could not be created.");
        }
    }

    private SigningKey NewKey(string keyId, DateTime createdAt, string issuerId)
    {
        using var rsa = RSA.Create(2048);
        return new SigningKey
        {
            Id = keyId,
            Algorithm = CredentialJws.Algorithm,
            PublicJwk = CredentialJws.PublicJwk(keyId, rsa.ExportParameters(false)).ToJsonString(),
            ProtectedPrivateKey = Protector.Protect(Convert.ToBase64String(rsa.ExportPkcs8PrivateKey())),
            IssuerId = issuerId,
            CreatedAt = createdAt,
        };
    }
}
