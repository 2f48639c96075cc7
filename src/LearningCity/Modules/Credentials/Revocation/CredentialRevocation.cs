using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Credentials.Revocation;

public enum RevokeOutcome { Revoked, NotFound, Forbidden, AlreadyRevoked }

/// <summary>
/// The issuer of an achievement (who may publish for its city or organisation; the secretariat, i.e. an admin,
/// for national achievements) revokes a credential; verification then says so. Audited.
/// </summary>
public sealed class CredentialRevocation(AppDbContext db, PublisherAccess publishers, AuditLog audit, TimeProvider time)
{
    public async Task<bool> MayRevokeAsync(ClaimsPrincipal user, int achievementId, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
        if (CityAccess.IsAdmin(user)) return true;
        var owner = await db.Achievements.AsNoTracking().Where(a => a.Id == achievementId)
            .Select(a => new { a.CityId, a.OrganisationId }).FirstOrDefaultAsync(ct);
        return owner is not null && (owner.CityId is not null || owner.OrganisationId is not null)
            && await publishers.CanPublishForAsync(user, owner.CityId, owner.OrganisationId, ct);
    }

    public async Task<RevokeOutcome> RevokeAsync(Guid id, string reason, ClaimsPrincipal user, CancellationToken ct)
    {
        var credential = await db.IssuedCredentials.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (credential is null) return RevokeOutcome.NotFound;
        if (!await MayRevokeAsync(user, credential.AchievementId, ct)) return RevokeOutcome.Forbidden;
        if (credential.RevokedAt is not null) return RevokeOutcome.AlreadyRevoked;
        credential.RevokedAt = time.GetUtcNow().UtcDateTime;
        credential.RevocationReason = reason.Trim();
        audit.Record("credentials.revoke", "credential", id, null, new { credential.AchievementId, credential.RecipientName, Reason = credential.RevocationReason }, user);
        await db.SaveChangesAsync(ct);
        return RevokeOutcome.Revoked;
    }
}
