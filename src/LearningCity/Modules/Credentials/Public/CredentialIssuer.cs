using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LearningCity.Common.Data;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Credentials.Issuing;
using LearningCity.Modules.Credentials.Signing;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Credentials.Public;

/// <summary>
/// Issues an OpenBadgeCredential signed as a VC-JWT. The row is added to the caller's unit of work, so the credential
/// commits with the event that earned it; the same source key never issues twice.
/// </summary>
public sealed class CredentialIssuer(AppDbContext db, SigningKeyStore keys, OpenBadgeDocuments documents, TimeProvider time)
{
    public async Task<IssuedCredentialResult> IssueAsync(int achievementId, CredentialRecipient recipient, string sourceKey, Guid? issuedBy, CancellationToken ct)
    {
        var pending = db.ChangeTracker.Entries<IssuedCredential>().Select(e => e.Entity).FirstOrDefault(c => c.SourceKey == sourceKey);
        var existing = pending ?? await db.IssuedCredentials.AsNoTracking().FirstOrDefaultAsync(c => c.SourceKey == sourceKey, ct);
        if (existing is not null) return new IssuedCredentialResult(existing.Id, existing.Jwt, false);

        var achievement = await db.Achievements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == achievementId, ct)
            ?? throw new InvalidOperationException($"Achievement {achievementId} does not exist.");
        var id = Guid.NewGuid();
        var now = time.GetUtcNow().UtcDateTime;
        now = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        DateTime? until = achievement.ValidForDays is { } days ? now.AddDays(days) : null;
        // The key decides the issuer the credential names, and with it every address inside (not Site:PublicUrl today).
        using var key = await keys.ActiveAsync(ct);
        var urls = CredentialUrls.ForIssuer(key.IssuerId);

        var credential = new JsonObject
        {
            ["@context"] = OpenBadgeDocuments.Contexts(),
            ["id"] = $"urn:uuid:{id}",
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["issuer"] = documents.IssuerReference(urls),
            ["validFrom"] = Iso(now),
        };
        if (until is { } u) credential["validUntil"] = Iso(u);
        credential["name"] = achievement.Name.Th;
        credential["credentialSubject"] = new JsonObject
        {
            ["type"] = new JsonArray("AchievementSubject"),
            ["identifier"] = new JsonArray(Identifier(recipient, urls)),
            ["achievement"] = await documents.AchievementAsync(achievement, standalone: false, urls, ct),
        };
        credential["credentialStatus"] = new JsonObject { ["id"] = urls.Status(id), ["type"] = "1EdTechRevocationList" };
        credential["iss"] = key.IssuerId;
        credential["jti"] = $"urn:uuid:{id}";
        credential["nbf"] = new DateTimeOffset(now).ToUnixTimeSeconds();
        if (until is { } e) credential["exp"] = new DateTimeOffset(e).ToUnixTimeSeconds();

        var row = new IssuedCredential
        {
            Id = id, AchievementId = achievementId, RecipientUserId = recipient.UserId, RecipientCityId = recipient.CityId,
            RecipientName = recipient.DisplayName, IssuedAt = now, ExpiresAt = until, IssuedBy = issuedBy,
            SourceKey = sourceKey, KeyId = key.KeyId, Jwt = CredentialJws.Sign(credential, key.KeyId, key.Key),
        };
        db.IssuedCredentials.Add(row);
        return new IssuedCredentialResult(id, row.Jwt, true);
    }

    private static JsonObject Identifier(CredentialRecipient recipient, CredentialUrls urls)
    {
        if (recipient.CityId is { } cityId)
            return new JsonObject { ["type"] = "IdentityObject", ["identityType"] = "url", ["hashed"] = false, ["identityHash"] = urls.City(cityId) };
        var salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes((recipient.Email ?? "").Trim().ToLowerInvariant() + salt));
        return new JsonObject
        {
            ["type"] = "IdentityObject", ["identityType"] = "emailAddress", ["hashed"] = true,
            ["identityHash"] = "sha256$" + Convert.ToHexStringLower(hash), ["salt"] = salt,
        };
    }

    internal static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
