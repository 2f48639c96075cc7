using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Buffers.Text;
using LearningCity.Common.Data;
using LearningCity.Modules.Credentials.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Credentials.Signing;

/// <summary>
/// The platform's RS256 signing keys, kept in the database with the private half protected by Data Protection
/// (whose keys are in the database too), so every node and every restart signs and verifies with the same keys.
/// Key ids are generations ("lc-1", "lc-2", ...): two nodes creating the first key at once collide on the primary
/// key, and the loser reads the winner's key.
/// </summary>
public sealed class SigningKeyStore(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider time)
{
    public const string Algorithm = "RS256";
    private readonly IDataProtector protector = protection.CreateProtector("LearningCity.Credentials.SigningKey.v1");
    private readonly ConcurrentDictionary<string, RSA> privateKeys = new();
    private readonly ConcurrentDictionary<string, RSA> publicKeys = new();

    public async Task<(string KeyId, RSA Key)> ActiveKeyAsync(CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var active = await db.Set<SigningKey>().AsNoTracking().Where(k => k.RetiredAt == null)
                .OrderBy(k => k.CreatedAt).ThenBy(k => k.Id).FirstOrDefaultAsync(ct);
            if (active is not null)
                return (active.Id, privateKeys.GetOrAdd(active.Id, _ => ImportPrivate(active)));
            var generation = await db.Set<SigningKey>().CountAsync(ct) + 1;
            try
            {
                db.Set<SigningKey>().Add(NewKey($"lc-{generation}"));
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>The public key of a kid, retired or not; null for a kid this platform never had.</summary>
    public async Task<RSA?> PublicKeyAsync(string keyId, CancellationToken ct)
    {
        if (publicKeys.TryGetValue(keyId, out var cached)) return cached;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var key = await db.Set<SigningKey>().AsNoTracking().FirstOrDefaultAsync(k => k.Id == keyId, ct);
        return key is null ? null : publicKeys.GetOrAdd(keyId, _ => ImportPublic(key.PublicJwk));
    }

    public async Task<JsonObject> JwksAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var jwks = await db.Set<SigningKey>().AsNoTracking().OrderBy(k => k.CreatedAt).Select(k => k.PublicJwk).ToListAsync(ct);
        return new JsonObject { ["keys"] = new JsonArray(jwks.Select(j => (JsonNode?)JsonNode.Parse(j)).ToArray()) };
    }

    private SigningKey NewKey(string keyId)
    {
        using var rsa = RSA.Create(2048);
        var parameters = rsa.ExportParameters(false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA", ["use"] = "sig", ["alg"] = Algorithm, ["kid"] = keyId,
            ["n"] = Base64Url.EncodeToString(parameters.Modulus), ["e"] = Base64Url.EncodeToString(parameters.Exponent),
        };
        return new SigningKey
        {
            Id = keyId, Algorithm = Algorithm, PublicJwk = jwk.ToJsonString(),
            ProtectedPrivateKey = protector.Protect(Convert.ToBase64String(rsa.ExportPkcs8PrivateKey())),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
    }

    private RSA ImportPrivate(SigningKey key)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(protector.Unprotect(key.ProtectedPrivateKey)), out _);
        return rsa;
    }

    private static RSA ImportPublic(string publicJwk)
    {
        var jwk = JsonNode.Parse(publicJwk)!;
        var rsa = RSA.Create();
        rsa.ImportParameters(new RSAParameters
        {
            Modulus = Base64Url.DecodeFromChars(jwk["n"]!.GetValue<string>()),
            Exponent = Base64Url.DecodeFromChars(jwk["e"]!.GetValue<string>()),
        });
        return rsa;
    }
}
