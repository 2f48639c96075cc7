using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Credentials.Profiles;
using LearningCity.Modules.Credentials.Signing;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Credentials.Public;

/// <summary>
/// Issues an OpenBadgeCredential signed as a VC-JWT and adds its row to the caller's unit of work: the caller saves,
/// so the credential commits with the event that earned it. The same source key never issues twice.
/// </summary>
public sealed class CredentialIssuer(AppDbContext db, SigningKeyStore keys, OpenBadgeDocuments documents, AuditLog audit, TimeProvider time)
{
    public async Task<IssuedCredential> IssueAsync(int achievementId, CredentialRecipient recipient, string sourceKey, Guid? issuedBy, CancellationToken ct)
    {
        var existing = db.Set<IssuedCredential>().Local.FirstOrDefault(c => c.SourceKey == sourceKey)
            ?? await db.Set<IssuedCredential>().FirstOrDefaultAsync(c => c.SourceKey == sourceKey, ct);
        if (existing is not null) return existing;
        var achievement = await db.Set<Achievement>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == achievementId, ct)
            ?? throw new InvalidOperationException($"Achievement {achievementId} does not exist.");
        var (name, identifier) = await RecipientAsync(recipient, ct);
        var id = Guid.NewGuid();
        var issuedAt = TruncateToSeconds(time.GetUtcNow().UtcDateTime);
        DateTime? expiresAt = achievement.ValidForDays is { } days ? issuedAt.AddDays(days) : null;

        var credential = new JsonObject
        {
            ["@context"] = new JsonArray(OpenBadgeDocuments.CredentialsContext, OpenBadgeDocuments.OpenBadgesContext),
            ["id"] = $"urn:uuid:{id}",
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["issuer"] = documents.IssuerReference(),
            ["validFrom"] = Iso(issuedAt),
            ["name"] = achievement.Name.Th,
            ["credentialSubject"] = new JsonObject
            {
                ["type"] = new JsonArray("AchievementSubject"),
                ["identifier"] = new JsonArray(identifier),
                ["achievement"] = await documents.AchievementAsync(achievement, standalone: false, ct),
            },
            ["credentialStatus"] = new JsonObject { ["id"] = documents.StatusUrl(id), ["type"] = "1EdTechRevocationList" },
        };
        if (expiresAt is { } until) credential["validUntil"] = Iso(until);
        if (recipient.CityId is not null) credential["credentialSubject"]!["id"] = identifier["identityHash"]!.GetValue<string>();

        var payload = credential.DeepClone().AsObject();
        payload["iss"] = documents.IssuerUrl;
        payload["jti"] = $"urn:uuid:{id}";
        payload["nbf"] = Unix(issuedAt);
        payload["iat"] = Unix(issuedAt);
        if (expiresAt is { } exp) payload["exp"] = Unix(exp);
        var (kid, key) = await keys.ActiveKeyAsync(ct);
        var header = new JsonObject { ["alg"] = SigningKeyStore.Algorithm, ["kid"] = kid, ["typ"] = "JWT" };

        var issued = new IssuedCredential
        {
            Id = id, AchievementId = achievementId, RecipientUserId = recipient.UserId, RecipientCityId = recipient.CityId,
            RecipientName = name, IssuedAt = issuedAt, ExpiresAt = expiresAt, IssuedBy = issuedBy, SourceKey = sourceKey,
            KeyId = kid, Jwt = CompactJws.SignRs256(header, payload, key),
        };
        db.Set<IssuedCredential>().Add(issued);
        audit.Record("credentials.issue", "credential", id, null, new { achievementId, recipient.UserId, recipient.CityId, sourceKey });
        return issued;
    }

    private async Task<(string Name, JsonObject Identifier)> RecipientAsync(CredentialRecipient recipient, CancellationToken ct)
    {
        if (recipient.UserId is { } userId)
        {
            var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.DisplayName, u.Email }).FirstOrDefaultAsync(ct)
                ?? throw new InvalidOperationException($"User {userId} does not exist.");
            var salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes((user.Email ?? "").Trim().ToLowerInvariant() + salt)));
            return (user.DisplayName, new JsonObject
            {
                ["type"] = "IdentityObject", ["identityHash"] = "sha256$" + hash, ["identityType"] = "emailAddress", ["hashed"] = true, ["salt"] = salt,
            });
        }
        var cityId = recipient.CityId ?? throw new ArgumentException("A recipient is a person or a city.", nameof(recipient));
        var city = await db.Cities.AsNoTracking().Where(c => c.Id == cityId).Select(c => c.Name).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"City {cityId} does not exist.");
        return (city.Th, new JsonObject
        {
            ["type"] = "IdentityObject", ["identityHash"] = documents.CityUrl(cityId), ["identityType"] = "url", ["hashed"] = false,
        });
    }

    internal static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
    private static long Unix(DateTime utc) => new DateTimeOffset(utc, TimeSpan.Zero).ToUnixTimeSeconds();
    private static DateTime TruncateToSeconds(DateTime t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
}
