using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Credentials.Revocation;

public enum RevocationOutcome { Revoked, AlreadyRevoked, NotFound, Forbidden }

/// <summary>
/// The issuer of an achievement (whoever may publish for its city or organisation; the admin for national
/// achievements, and always) revokes a credential; verification then says it is revoked.
/// </summary>
public sealed class CredentialRevocation(AppDbContext db, PublisherAccess access, AuditLog audit, TimeProvider time)
{
    public async Task<bool> MayRevokeAsync(ClaimsPrincipal user, int achievementId, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
        if (CityAccess.IsAdmin(user)) return true;
        var a = await db.Set<Achievement>().AsNoTracking().Where(x => x.Id == achievementId)
            .Select(x => new { x.CityId, x.OrganisationId }).FirstOrDefaultAsync(ct);
        return a is not null && (a.CityId is not null || a.OrganisationId is not null)
            && await access.CanPublishForAsync(user, a.CityId, a.OrganisationId, ct);
    }

    public async Task<RevocationOutcome> RevokeAsync(Guid id, string reason, ClaimsPrincipal user, CancellationToken ct)
    {
        var credential = await db.Set<IssuedCredential>().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (credential is null) return RevocationOutcome.NotFound;
        if (!await MayRevokeAsync(user, credential.AchievementId, ct)) return RevocationOutcome.Forbidden;
        if (credential.RevokedAt is not null) return RevocationOutcome.AlreadyRevoked;
        credential.RevokedAt = time.GetUtcNow().UtcDateTime;
        credential.RevocationReason = reason.Trim();
        audit.Record("credentials.revoke", "credential", id, null, new { reason = credential.RevocationReason }, user);
        await db.SaveChangesAsync(ct);
        return RevocationOutcome.Revoked;
    }
}
